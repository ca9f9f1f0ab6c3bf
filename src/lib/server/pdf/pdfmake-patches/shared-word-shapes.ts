/**
 * Words shaped once per thread. Written for pdfmake 0.3.11 and pdfkit 0.19.1.
 *
 * pdfkit keeps the shaping of each word (its glyphs and their positions) in a cache per document;
 * documents now share one per font file, started afresh when it grows past `LAYOUT_CACHE_LIMIT`
 * words, so memory stays bounded. Only the fonts PDFs use are affected. Same bytes.
 */
import type { PdfmakePatch } from './patch';
import { expectShape } from './shape';

/** The most shaped words kept per font file before the shared cache starts again. */
export const LAYOUT_CACHE_LIMIT = 50_000;

/** How many new documents' fonts go by between checks of the cache's size. */
const CHECK_EVERY = 32;

/** pdfkit's embedded font, as pdfmake gives it back. */
interface EmbeddedFont {
	font?: { stream?: { buffer?: unknown } };
	layoutCache?: Record<string, unknown>;
}

interface PdfmakeDocumentPrototype {
	provideFont(this: unknown, family: string, bold: boolean, italics: boolean): EmbeddedFont;
}

export const sharedWordShapes: PdfmakePatch = {
	name: 'shared-word-shapes',
	writtenFor: { pdfmake: '0.3.11', pdfkit: '0.19.1' },
	sameBytes: true,
	prepare({ pdfmakeClass, pdfkitSample, fonts }) {
		const documentPrototype = pdfmakeClass('./PDFDocument')?.prototype;
		expectShape<PdfmakeDocumentPrototype>('pdfmake PDFDocument', documentPrototype, {
			provideFont: { arity: 3, source: 'd82bb3f99bf3e9c5' }
		});
		// pdfkit's layoutCached reads and fills `layoutCache`, the object shared here.
		const sample = pdfkitSample().font as EmbeddedFont;
		expectShape('pdfkit EmbeddedFont', Object.getPrototypeOf(sample), {
			layoutCached: { arity: 1, source: '71aacd96de20a733' }
		});
		if (typeof sample.layoutCache !== 'object') throw new Error('pdfkit EmbeddedFont has no layoutCache');
		const caches = new WeakMap<object, { words: Record<string, unknown>; uses: number }>(
			fonts.map((buffer) => [buffer, { words: Object.create(null) as Record<string, unknown>, uses: 0 }])
		);
		return () => {
			const provideFont = documentPrototype.provideFont;
			const given = new WeakSet<EmbeddedFont>();
			documentPrototype.provideFont = function (family, bold, italics) {
				const font = provideFont.call(this, family, bold, italics);
				if (given.has(font)) return font;
				given.add(font);
				const key = font.font?.stream?.buffer;
				const shared = typeof key === 'object' && key !== null ? caches.get(key) : undefined;
				if (shared && font.layoutCache) {
					shared.uses += 1;
					if (shared.uses % CHECK_EVERY === 0 && Object.keys(shared.words).length > LAYOUT_CACHE_LIMIT) {
						shared.words = Object.create(null) as Record<string, unknown>;
					}
					font.layoutCache = shared.words;
				}
				return font;
			};
		};
	}
};
