import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../../../src/lib/pdf/fonts';
import { fixTextLayer, FONT_DECOMPOSES, forTextLayer, needsTextLayerFix } from '../../../src/lib/pdf/text-layer';

interface Fontkit {
	openSync(path: string): {
		hasGlyphForCodePoint(codePoint: number): boolean;
		layout(text: string): { glyphs: unknown[] };
	};
}

/** The fontkit pdfkit uses. */
function fontkit(): Fontkit {
	const here = createRequire(import.meta.url);
	const pdfmake = createRequire(here.resolve('pdfmake'));
	return createRequire(pdfmake.resolve('pdfkit'))('fontkit') as Fontkit;
}

describe('the text layer', () => {
	it('lists exactly the Latin letters the regular and bold faces draw as a base and a mark', () => {
		const files = fontFiles();
		for (const path of [files.normal, files.bold]) {
			const font = fontkit().openSync(path);
			const decomposed: string[] = [];
			for (const [from, to] of [
				[0xa0, 0x24f],
				[0x1e00, 0x1eff]
			] as const) {
				for (let codePoint = from; codePoint <= to; codePoint++) {
					const letter = String.fromCodePoint(codePoint);
					if (font.hasGlyphForCodePoint(codePoint) && font.layout(letter).glyphs.length > 1) decomposed.push(letter);
				}
			}
			expect(decomposed.join('')).toBe(FONT_DECOMPOSES);
		}
	});

	it('writes those letters decomposed and leaves every other letter alone', () => {
		expect(forTextLayer('Nguyễn Thị Hương')).toBe('Nguyễn Thi\u0323 Hương');
		expect(forTextLayer('Nguyễn Thị Hương').normalize('NFC')).toBe('Nguyễn Thị Hương');
		expect(forTextLayer('Zoë Ní Bhriain')).toBe('Zoë Ní Bhriain');
	});

	it('is applied only where a plan needs it, to text and not to styles', () => {
		expect(needsTextLayerFix({ name: 'Thị' })).toBe(true);
		expect(needsTextLayerFix({ name: 'Sarah' })).toBe(false);
		const layout = { hLineWidth: () => 0 };
		const fixed = fixTextLayer({ stack: ['Thị', { text: 'ọ', style: 'quote' }], layout });
		expect(fixed).toEqual({ stack: ['Thi\u0323', { text: 'o\u0323', style: 'quote' }], layout });
		expect(fixed.layout.hLineWidth).toBe(layout.hLineWidth);
	});
});
