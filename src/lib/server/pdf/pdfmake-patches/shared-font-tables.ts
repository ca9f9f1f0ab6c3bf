/**
 * Fonts parsed once per thread. Written for fontkit 2.0.4 (under pdfkit 0.19.1, pdfmake 0.3.11).
 *
 * pdfkit opens every font afresh for every document, and fontkit then decodes its tables (metrics,
 * character map, kerning and shaping rules) again: most of the time a small plan takes. The tables
 * never change, so fonts opened from the same bytes share them: fontkit's per-font table cache
 * (`_getTable`) is backed by one cache per font file. Only the fonts PDFs use are affected. Same bytes.
 */
import type { PdfmakePatch } from './patch';
import { expectShape } from './shape';

interface FontkitFont {
	stream?: { buffer?: unknown };
	_tables: Record<string, unknown>;
}

interface FontkitFontPrototype {
	_getTable(this: FontkitFont, table: { tag: string }): unknown;
}

export const sharedFontTables: PdfmakePatch = {
	name: 'shared-font-tables',
	writtenFor: { fontkit: '2.0.4' },
	sameBytes: true,
	prepare({ fontkit, fonts }) {
		const prototypes = new Set(fonts.map((buffer) => Object.getPrototypeOf(fontkit.create(buffer)) as unknown));
		const checked: FontkitFontPrototype[] = [];
		for (const prototype of prototypes) {
			expectShape<FontkitFontPrototype>('fontkit font', prototype, {
				_getTable: { arity: 1, source: '9cf7954dea0eb189' }
			});
			checked.push(prototype);
		}
		const tablesByBuffer = new WeakMap<object, Map<string, unknown>>(
			fonts.map((buffer) => [buffer, new Map<string, unknown>()])
		);
		return () => {
			for (const prototype of checked) {
				const decode = prototype._getTable;
				prototype._getTable = function (table) {
					const key = this.stream?.buffer;
					const tables = typeof key === 'object' && key !== null ? tablesByBuffer.get(key) : undefined;
					if (!tables) return decode.call(this, table);
					if (!tables.has(table.tag)) tables.set(table.tag, decode.call(this, table));
					const value = tables.get(table.tag);
					this._tables[table.tag] = value;
					return value;
				};
			}
		};
	}
};
