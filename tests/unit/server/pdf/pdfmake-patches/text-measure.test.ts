import { describe, expect, it } from 'vitest';
import { measureWords } from '../../../../../src/lib/server/pdf/pdfmake-patches/text-measure';

describe('measuring the words of a text', () => {
	const embedded = { lineHeight: (size: number) => size * 1.25 };
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
		const measured = measureWords(inlines, words, lookUp);
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
