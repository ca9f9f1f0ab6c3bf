import { describe, expect, it } from 'vitest';
import { canMerge, measureWords, mergedInlines, repeatableKey } from '../../../src/lib/pdf/tuning';

const font = {};
const word = (text: string, x: number, width: number, extra: Record<string, unknown> = {}) => ({
	text,
	x,
	width,
	font,
	fontSize: 12,
	color: '#000',
	...extra
});

describe('writing runs of words in one text operation', () => {
	it('joins consecutive words of the same font, size and colour', () => {
		const merged = mergedInlines([word('Sarah ', 0, 30), word('said ', 30, 25), word('hello', 55, 28)]);
		expect(merged).toEqual([word('Sarah said hello', 0, 83)]);
	});

	it('keeps apart words in another style, colour, or not next to each other', () => {
		const bold = word('Step ', 0, 30, { font: {} });
		const plain = word('one ', 30, 20);
		const red = word('two ', 50, 20, { color: '#f00' });
		const gap = word('three', 90, 25);
		expect(mergedInlines([bold, plain, red, gap])).toHaveLength(4);
		expect(canMerge(word('a ', 0, 10), word('b', 10, 5, { link: 'https://example.org' }))).toBe(false);
		expect(canMerge(word('a ', 0, 10), word('b', 10, 5, { decoration: 'underline' }))).toBe(false);
	});

	it('makes new objects, never changing the words it was given (pdfmake shares them with repeated table headers)', () => {
		const words = [word('How ', 0, 20), word('often', 20, 30)];
		const before = JSON.stringify(words);
		mergedInlines(words);
		expect(JSON.stringify(words)).toBe(before);
	});
});

describe('measuring the words of a text', () => {
	const embedded = { font: undefined, lineHeight: (size: number) => size * 1.25 };
	const inlines = {
		pdfDocument: { provideFont: () => embedded },
		// Ten points a character, so that widths are easy to check.
		widthOfText: (text: string) => text.length * 10
	};
	const lookUp = (item: Record<string, unknown>, property: string, defaultValue: unknown) =>
		item[property] ?? defaultValue;

	it('gives every word its style, size and cuts, and keeps what the word carried', () => {
		const words: Array<{ text: string; [key: string]: unknown }> = [
			{ text: 'Sarah ', bold: true },
			{ text: 'reads', bold: true, lineEnd: true, noNewLine: true }
		];
		const measured = measureWords(inlines, words, {} as never, lookUp);
		expect(measured).toBe(words);
		expect(measured[0]).toMatchObject({ text: 'Sarah ', bold: true, font: embedded, fontSize: 12, color: 'black' });
		expect(measured[0]).toMatchObject({
			width: 60,
			height: 15,
			leadingCut: 0,
			trailingCut: 10,
			link: null,
			opacity: 1
		});
		expect(measured[1]).toMatchObject({ text: 'reads', lineEnd: true, noNewLine: true, width: 50, trailingCut: 0 });
	});
});

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
