/**
 * Keeps the PDF's text layer true to the plan (for copying, searching and screen readers).
 *
 * Noto Sans draws a few precomposed letters as a base letter plus a combining mark: "ị" becomes
 * "i" and a dot below. pdfkit maps each glyph to one piece of text, the first it met, so the "i"
 * glyph would then read as "ị" everywhere (or "ị" as "i"), and the dot as nothing. Writing those
 * letters decomposed (NFD) gives the same glyphs, each mapped to its own character. The list is
 * the font's (tests/unit/pdf/text-layer.test.ts checks it against the font).
 */

/** The letters Noto Sans (regular and bold) draws as a base and a combining mark. */
export const FONT_DECOMPOSES = 'ǹḿṃṅṣẹịọụ';

const DECOMPOSED = new RegExp(`[${FONT_DECOMPOSES}]`, 'gu');

/** Text with the letters the font decomposes written decomposed; any other text unchanged. */
export function forTextLayer(text: string): string {
	return text.replace(DECOMPOSED, (letter) => letter.normalize('NFD'));
}

/** Whether any text of the plan has a letter that needs it (so most renders skip the pass). */
export function needsTextLayerFix(value: unknown): boolean {
	DECOMPOSED.lastIndex = 0;
	return DECOMPOSED.test(JSON.stringify(value));
}

/**
 * pdfmake content with every piece of text passed through `forTextLayer`: strings in lists and
 * under `text`. Other properties (styles, colours, table layouts) are kept as they are.
 */
export function fixTextLayer<T>(content: T): T {
	const fix = (node: unknown): unknown => {
		if (typeof node === 'string') return forTextLayer(node);
		if (Array.isArray(node)) return node.map(fix);
		if (typeof node !== 'object' || node === null) return node;
		const copy: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(node)) {
			copy[key] =
				typeof value === 'string' && key !== 'text' ? value : typeof value === 'function' ? value : fix(value);
		}
		return copy;
	};
	return fix(content) as T;
}
