import { describe, expect, it } from 'vitest';
import { expectShape, sourceFingerprint } from '../../../../../src/lib/server/pdf/pdfmake-patches/shape';

class Writer {
	write(chunk: string) {
		return chunk.length;
	}
}

const expected = { arity: 1, source: sourceFingerprint(Writer.prototype.write) };

describe('checking the shape of what a patch changes', () => {
	it('passes the very method it was written for', () => {
		expect(() => expectShape('Writer', Writer.prototype, { write: expected })).not.toThrow();
	});

	it('says what differs: a missing method, another arity, or other code', () => {
		expect(() => expectShape('Writer', undefined, { write: expected })).toThrow('Writer.write is missing');
		expect(() => expectShape('Writer', { write: (a: string, b: string) => a + b }, { write: expected })).toThrow(
			'takes 2 arguments, not 1'
		);
		expect(() => expectShape('Writer', { write: (chunk: string) => chunk.length + 1 }, { write: expected })).toThrow(
			'not the code the patch was written for'
		);
	});
});
