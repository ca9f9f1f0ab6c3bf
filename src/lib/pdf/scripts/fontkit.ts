/**
 * The PDF's fonts opened with fontkit, as pdfkit opens them (fontkit from pdfkit's place, pdfkit from
 * pdfmake's), to know which font has a glyph and to measure words as pdfmake will when we wrap
 * right-to-left lines ourselves.
 */
import { createRequire } from 'node:module';
import { FONT } from '../theme';
import { fontBytes, fontFiles, scriptFontFiles, type ScriptFamily } from '../fonts';

/** A fontkit font, as far as we use it. */
interface FontkitFont {
	unitsPerEm: number;
	hasGlyphForCodePoint(codePoint: number): boolean;
	layout(text: string): { advanceWidth: number };
}

/** The font families the PDF has: Noto Sans, then each script's. */
export type Family = typeof FONT | ScriptFamily;

let opened: Map<string, FontkitFont> | undefined;

function fontkit(): { create(bytes: Uint8Array): FontkitFont } {
	const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
	const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));
	return fromPdfkit('fontkit') as { create(bytes: Uint8Array): FontkitFont };
}

/** The file of a family's regular or bold face. */
function facePath(family: Family, bold: boolean): string {
	if (family === FONT) return fontFiles()[bold ? 'bold' : 'normal'];
	return scriptFontFiles()[family][bold ? 'bold' : 'normal'];
}

/** The family's regular or bold face, opened once per thread. */
export function fontOf(family: Family, bold: boolean): FontkitFont {
	opened ??= new Map();
	const key = `${family}:${bold}`;
	let font = opened.get(key);
	if (!font) {
		font = fontkit().create(fontBytes(facePath(family, bold)));
		opened.set(key, font);
	}
	return font;
}

/** The width of a text in one font at a size, in points, as pdfkit measures it. */
export function widthIn(family: Family, bold: boolean, text: string, size: number): number {
	const font = fontOf(family, bold);
	return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}
