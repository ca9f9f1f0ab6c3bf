import { describe, expect, it } from 'vitest';
import { repeatableKey } from '../../../../../src/lib/server/pdf/pdfmake-patches/repeated-headers';

describe('knowing a header again on a later page', () => {
	const header = () => ({ stack: [{ text: 'Sarah Okafor', bold: true }, { text: 'Plan from 7 September 2026' }] });
	const portrait = { x: 0, y: 0, width: 595.28, height: 86 };

	it('gives the same content at the same size and place the same key, and anything else another', () => {
		expect(repeatableKey(header(), portrait)).toBe(repeatableKey(header(), { ...portrait }));
		expect(repeatableKey(header(), { ...portrait, width: 841.89 })).not.toBe(repeatableKey(header(), portrait));
		expect(repeatableKey({ text: 'Page 2 of 5' }, portrait)).not.toBe(repeatableKey({ text: 'Page 3 of 5' }, portrait));
	});

	it('gives no key to content holding a function, which JSON cannot tell apart', () => {
		expect(repeatableKey({ table: { body: [['a']] }, layout: { hLineWidth: () => 1 } }, portrait)).toBeUndefined();
	});
});
