/**
 * Glyphs numbered once per document. Written for pdfkit 0.19.1 (under pdfmake 0.3.11).
 *
 * pdfkit's encode includes every glyph of every word in the font's subset again (a no-op after the
 * first time) and builds the line's glyphs by concatenating arrays; the hex number of each glyph is
 * now remembered per embedded font (so per document) and the glyphs gathered in one array. Same bytes.
 */
import type { PdfmakePatch } from './patch';
import { expectShape } from './shape';

/** A glyph as fontkit lays it out. */
interface Glyph {
	id: number;
	advanceWidth: number;
	codePoints: unknown;
}

/** pdfkit's embedded font, with the insides its encode uses. */
export interface EncodingFont {
	subset: { includeGlyph(id: number): number };
	widths: Record<number, number | undefined>;
	unicode: Record<number, unknown>;
	scale: number;
	layoutCached(text: string): { glyphs: Glyph[]; positions: unknown[] };
	encode(text: string, features?: unknown): [string[], unknown[]];
	/** What encode calls for the glyphs: its loop over the words is what `encodeText` copies. */
	layout(text: string, features?: unknown, onlyWidth?: boolean): unknown;
}

/** On an embedded font (one document's): each glyph's number in the document's subset, in hex. */
const HEX = Symbol('hex');

/**
 * pdfkit's EmbeddedFont.encode without features, step for step, with each glyph's hex number in the
 * subset remembered by the font (pdfkit includes a glyph once; later includes give back the same
 * number and change nothing) and the glyphs gathered in one array rather than by concatenating.
 */
export function encodeText(font: EncodingFont, text: string): [string[], unknown[]] {
	const hexes = ((font as unknown as Record<symbol, Map<number, string>>)[HEX] ??= new Map());
	const encoded: string[] = [];
	const positions: unknown[] = [];
	let last = 0;
	let index = 0;
	while (index <= text.length) {
		const needle = text.charAt(index);
		if ((index === text.length && last < index) || needle === ' ' || needle === '\t') {
			const run = font.layoutCached(text.slice(last, ++index));
			for (let glyphIndex = 0; glyphIndex < run.glyphs.length; glyphIndex++) {
				const glyph = run.glyphs[glyphIndex] as Glyph;
				let hex = hexes.get(glyph.id);
				if (hex === undefined) {
					const gid = font.subset.includeGlyph(glyph.id);
					hex = `0000${gid.toString(16)}`.slice(-4);
					if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
					if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
					hexes.set(glyph.id, hex);
				}
				encoded.push(hex);
				positions.push(run.positions[glyphIndex]);
			}
			last = index;
		} else {
			index++;
		}
	}
	return [encoded, positions];
}

export const glyphNumbers: PdfmakePatch = {
	name: 'glyph-numbers',
	writtenFor: { pdfkit: '0.19.1' },
	sameBytes: true,
	prepare({ pdfkitSample }) {
		const sample = pdfkitSample().font as Partial<EncodingFont>;
		const prototype = Object.getPrototypeOf(sample) as unknown;
		expectShape<EncodingFont>('pdfkit EmbeddedFont', prototype, {
			encode: { arity: 2, source: '8829b1a80749bb7b' },
			layout: { arity: 3, source: '1bf021e3cd3ce4ae' },
			layoutCached: { arity: 1, source: '71aacd96de20a733' }
		});
		expectShape('pdfkit EmbeddedFont.subset', sample.subset, {
			includeGlyph: { arity: 1, source: '8310b17b5d7e3bc7' }
		});
		if (!sample.widths || !sample.unicode) throw new Error('pdfkit EmbeddedFont has no widths or unicode');
		return () => {
			const encode = prototype.encode;
			prototype.encode = function (text, features) {
				if (features || typeof text !== 'string' || !this.subset) return encode.call(this, text, features);
				return encodeText(this, text);
			};
		};
	}
};
