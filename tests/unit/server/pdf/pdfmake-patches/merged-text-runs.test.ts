import { describe, expect, it } from 'vitest';
import { canMerge, mergedInlines } from '../../../../../src/lib/server/pdf/pdfmake-patches/merged-text-runs';

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

	it('keeps apart right-to-left words, given already in the order they are seen with their spaces between', () => {
		// pdfkit would lay out each word with its trailing space and fontkit reverse both: the spaces would move.
		expect(mergedInlines([word('ترجمة', 0, 30), word(' ', 30, 3), word('هذه', 33, 20)])).toHaveLength(3);
		expect(canMerge(word('3 ', 0, 10), word('مرات', 10, 20))).toBe(false);
	});

	it('makes new objects, never changing the words it was given (pdfmake shares them with repeated table headers)', () => {
		const words = [word('How ', 0, 20), word('often', 20, 30)];
		const before = JSON.stringify(words);
		mergedInlines(words);
		expect(JSON.stringify(words)).toBe(before);
	});
});
