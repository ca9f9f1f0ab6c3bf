/**
 * Four changes to how pdfmake and pdfkit work inside, found by profiling (see tests/bench/pdf.ts),
 * each leaving the PDF as it was (the same bytes, or for 3 the same text and look):
 *
 * 1. **Fonts parsed once per thread.** pdfkit opens every font afresh for every document, and fontkit
 *    then decodes its tables (metrics, character map, kerning and shaping rules) again: most of the
 *    time a small plan takes. The tables never change, so documents using the same font bytes share
 *    them (fontkit's per-font table cache, `_getTable`, is backed by one cache per font file).
 * 2. **Words shaped once per thread.** pdfkit keeps the shaping of each word (its glyphs and their
 *    positions) in a cache per document; documents now share one per font file, cleared when it
 *    grows past `LAYOUT_CACHE_LIMIT` words, so memory stays bounded.
 * 3. **One text operation per run of words.** pdfmake writes every word of a line with its own
 *    pdfkit `text()` call (its code has a "TODO: line.optimizeInlines()"); consecutive words of the
 *    same font, size and colour now go in one call. pdfkit lays out text word by word, so the glyphs
 *    land where they did.
 * 4. **Style look-ups once per text, not per word.** pdfmake resolves about twenty style properties
 *    for every word by pushing the word on its style stack and walking it (allocating a closure and
 *    a `Set` each time): 6.7 million walks for the 200-item plan. The same walk, in the same order,
 *    is done here without allocating, and its answer is remembered for the other words of the same
 *    text while the stack is unchanged (the stack counts its pushes and pops; a word's own
 *    properties still come first).
 *
 * Only the fonts given to `tunePdfmake` are affected by 1 and 2. Patched once per thread, and only
 * where pdfmake 0.3.11's insides are as expected: otherwise that change is skipped, never broken.
 */
import { createRequire } from 'node:module';

/** The most shaped words kept per font file before the shared cache starts again. */
export const LAYOUT_CACHE_LIMIT = 50_000;

/** How many new documents' fonts go by between checks of the cache's size. */
const CHECK_EVERY = 32;

interface FontkitFont {
	stream?: { buffer?: unknown };
	_tables: Record<string, unknown>;
}

interface FontkitFontPrototype {
	_getTable(this: FontkitFont, table: { tag: string }): unknown;
}

/** pdfkit's embedded font, as pdfmake gives it back. */
interface EmbeddedFont {
	font?: FontkitFont;
	layoutCache?: Record<string, unknown>;
}

interface PdfmakeDocumentPrototype {
	provideFont(this: unknown, family: string, bold: boolean, italics: boolean): EmbeddedFont;
}

/** One word or run of words on a line, as pdfmake lays it out. */
interface Inline {
	text: string;
	x: number;
	width: number;
	font: unknown;
	fontSize: number;
	color?: unknown;
	opacity?: number;
	characterSpacing?: number;
	[key: string]: unknown;
}

interface Line {
	inlines: Inline[];
	_pageNodeRef?: unknown;
}

interface RendererPrototype {
	renderLine(this: unknown, line: Line, x: number, y: number): void;
}

/** Inline properties that make an inline special: such inlines are never merged. */
const SPECIAL = [
	'link',
	'linkToPage',
	'linkToDestination',
	'decoration',
	'background',
	'sup',
	'sub',
	'fontFeatures',
	'_pageNodeRef',
	'_textRef'
] as const;

function plain(inline: Inline): boolean {
	return SPECIAL.every((key) => !inline[key]);
}

/** Whether `next` can be written in one text operation with `previous`, straight after it. */
export function canMerge(previous: Inline, next: Inline): boolean {
	return (
		previous.font === next.font &&
		previous.fontSize === next.fontSize &&
		previous.color === next.color &&
		(previous.opacity ?? 1) === (next.opacity ?? 1) &&
		(previous.characterSpacing ?? 0) === (next.characterSpacing ?? 0) &&
		Math.abs(previous.x + previous.width - next.x) < 1e-6 &&
		plain(previous) &&
		plain(next)
	);
}

/**
 * The inlines of a line with each run of mergeable words joined into one. New objects: pdfmake
 * shares inline objects between a table's header row and its repeats on later pages.
 */
export function mergedInlines(inlines: readonly Inline[]): Inline[] {
	const merged: Inline[] = [];
	let index = 0;
	while (index < inlines.length) {
		const first = inlines[index] as Inline;
		let last = first;
		let text = first.text;
		let width = first.width;
		let next = index + 1;
		for (; next < inlines.length; next++) {
			const inline = inlines[next] as Inline;
			if (!canMerge(last, inline)) break;
			text += inline.text;
			width += inline.width;
			last = inline;
		}
		merged.push(next === index + 1 ? first : { ...first, text, width });
		index = next;
	}
	return merged;
}

interface StyleStack {
	styleOverrides: unknown[];
	styleDictionary: Record<string, Record<string, unknown> | undefined>;
	defaultStyle?: Record<string, unknown>;
	getProperty(property: string): unknown;
}

interface StyleStackClass {
	prototype: StyleStack & { push(item: unknown): void; pop(count?: number): void };
	getStyleProperty(item: unknown, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown;
	copyStyle(source?: unknown, destination?: unknown): unknown;
}

/** On a word: the style object of the text it was cut from (pdfmake copies it onto every word). */
const SOURCE = Symbol('source');
/** On a stack: how many times it has changed. */
const VERSION = Symbol('version');
/** On a text's style object: the values looked up for its words, and the stack state they hold for. */
const REMEMBERED = Symbol('remembered');
/** The source of words cut from plain strings, which carry no style of their own. */
const PLAIN_SOURCE = Object.freeze({});

interface Remembered {
	stack: StyleStack;
	version: number;
	values: Map<string, unknown>;
}

const isValue = (value: unknown) => value !== undefined && value !== null;
const isString = (value: unknown) => typeof value === 'string' || value instanceof String;

/**
 * A named style's value for a property, as pdfmake's own look-up finds it, or `undefined` when
 * the style inherits (`extends`): then the caller falls back to pdfmake's own code.
 */
const EXTENDS = Symbol('extends');
function namedStyleValue(stack: StyleStack, name: string, property: string): unknown {
	const style = stack.styleDictionary[name];
	if (!style) return undefined;
	const value = style[property];
	if (isValue(value)) return value;
	return style.extends ? EXTENDS : undefined;
}

let tuned = false;

/** Applies the three changes, for fonts opened from these buffers (the font files, never changed). */
export function tunePdfmake(buffers: readonly Uint8Array[]): void {
	if (tuned) return;
	tuned = true;
	const fromHere = createRequire(import.meta.url);
	const pdfmakePath = fromHere.resolve('pdfmake');
	const fromPdfmake = createRequire(pdfmakePath);
	const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));
	const fontkit = fromPdfkit('fontkit') as { create(buffer: Uint8Array): object };

	// 1. Decoded tables shared per font file.
	const tablesByBuffer = new WeakMap<object, Map<string, unknown>>();
	for (const buffer of buffers) {
		tablesByBuffer.set(buffer, new Map());
		const prototype = Object.getPrototypeOf(fontkit.create(buffer)) as FontkitFontPrototype;
		if ((prototype as { __tuned?: boolean }).__tuned) continue;
		(prototype as { __tuned?: boolean }).__tuned = true;
		const decode = prototype._getTable;
		prototype._getTable = function (this: FontkitFont, table: { tag: string }): unknown {
			const key = this.stream?.buffer;
			const tables = typeof key === 'object' && key !== null ? tablesByBuffer.get(key) : undefined;
			if (!tables) return decode.call(this, table);
			if (!tables.has(table.tag)) tables.set(table.tag, decode.call(this, table));
			const value = tables.get(table.tag);
			this._tables[table.tag] = value;
			return value;
		};
	}

	// 2. Shaped words shared per font file, within a limit.
	const documentPrototype = (fromPdfmake('./PDFDocument') as { default: { prototype: PdfmakeDocumentPrototype } }).default
		.prototype;
	const layoutCaches = new WeakMap<object, { words: Record<string, unknown>; uses: number }>();
	for (const buffer of buffers) layoutCaches.set(buffer, { words: Object.create(null) as Record<string, unknown>, uses: 0 });
	const provideFont = documentPrototype.provideFont;
	const given = new WeakSet<EmbeddedFont>();
	documentPrototype.provideFont = function (family, bold, italics) {
		const font = provideFont.call(this, family, bold, italics);
		if (given.has(font)) return font;
		given.add(font);
		const key = font.font?.stream?.buffer;
		const shared = typeof key === 'object' && key !== null ? layoutCaches.get(key) : undefined;
		if (shared && font.layoutCache) {
			shared.uses += 1;
			if (shared.uses % CHECK_EVERY === 0 && Object.keys(shared.words).length > LAYOUT_CACHE_LIMIT) {
				shared.words = Object.create(null) as Record<string, unknown>;
			}
			font.layoutCache = shared.words;
		}
		return font;
	};

	// 4. Style look-ups without allocating (the same walk as pdfmake's getProperty and
	// getStyleProperty), remembered for the words of one text while the stack is unchanged.
	const Stack = (fromPdfmake('./StyleContextStack') as { default: StyleStackClass }).default;
	const getProperty = Stack.prototype.getProperty;
	Stack.prototype.getProperty = function (this: StyleStack, property: string): unknown {
		const overrides = this.styleOverrides;
		for (let index = overrides.length - 1; index >= 0; index--) {
			const item = overrides[index];
			if (isString(item)) {
				const value = namedStyleValue(this, String(item), property);
				if (value === EXTENDS) return getProperty.call(this, property);
				if (isValue(value)) return value;
			} else if (isValue((item as Record<string, unknown>)[property])) {
				return (item as Record<string, unknown>)[property];
			}
		}
		return this.defaultStyle && this.defaultStyle[property];
	};
	const { push, pop } = Stack.prototype;
	const changed = (stack: object) => {
		const counted = stack as Record<symbol, number>;
		counted[VERSION] = (counted[VERSION] ?? 0) + 1;
	};
	Stack.prototype.push = function (item) {
		changed(this);
		return push.call(this, item);
	};
	Stack.prototype.pop = function (count) {
		changed(this);
		return pop.call(this, count);
	};
	const copyStyle = Stack.copyStyle;
	Stack.copyStyle = function (source, destination) {
		const copy = copyStyle.call(this, source, destination);
		// Only the words TextBreaker cuts from a text get a destination: mark where their style came from.
		if (destination !== undefined && typeof copy === 'object' && copy !== null) {
			Object.defineProperty(copy, SOURCE, { value: source ?? PLAIN_SOURCE });
		}
		return copy;
	};
	const getStyleProperty = Stack.getStyleProperty;
	/** The property's value as pdfmake finds it, or undefined: the default is applied by the caller. */
	const resolve = (item: unknown, stack: StyleStack, property: string): unknown => {
		// pdfmake pushes the item's style names, then the item, and walks from the top: the item was
		// checked by the caller, its style names come next (the last first), then the stack.
		if (typeof item === 'object' && item !== null && (item as { section?: unknown }).section === undefined) {
			const style = (item as { style?: unknown }).style;
			if (style) {
				const names = Array.isArray(style) ? style : [style];
				for (let index = names.length - 1; index >= 0; index--) {
					const value = namedStyleValue(stack, String(names[index]), property);
					if (value === EXTENDS) return getStyleProperty.call(Stack, item, stack, property, undefined);
					if (isValue(value)) return value;
				}
			}
		} else if (!isString(item) && typeof item !== 'object') {
			return getStyleProperty.call(Stack, item, stack, property, undefined);
		}
		return stack.getProperty(property);
	};
	let plainRemembered: Remembered | undefined;
	Stack.getStyleProperty = function (item, stack, property, defaultValue) {
		const own = (item as Record<string, unknown>)[property];
		if (isValue(own)) return own;
		if (!stack) return defaultValue;
		const source = typeof item === 'object' && item !== null ? (item as Record<symbol, object | undefined>)[SOURCE] : undefined;
		let value: unknown;
		if (!source) {
			value = resolve(item, stack, property);
		} else {
			const version = (stack as unknown as Record<symbol, number>)[VERSION] ?? 0;
			let remembered = source === PLAIN_SOURCE ? plainRemembered : (source as Record<symbol, Remembered | undefined>)[REMEMBERED];
			if (!remembered || remembered.stack !== stack || remembered.version !== version) {
				remembered = { stack, version, values: new Map() };
				if (source === PLAIN_SOURCE) plainRemembered = remembered;
				else Object.defineProperty(source, REMEMBERED, { value: remembered, configurable: true });
			}
			if (remembered.values.has(property)) {
				value = remembered.values.get(property);
			} else {
				value = resolve(item, stack, property);
				remembered.values.set(property, value);
			}
		}
		return isValue(value) ? value : defaultValue;
	};

	// 3. Runs of words written in one text operation.
	const rendererPrototype = (fromPdfmake('./Renderer') as { default: { prototype: RendererPrototype } }).default.prototype;
	const renderLine = rendererPrototype.renderLine;
	rendererPrototype.renderLine = function (line, x, y) {
		if (!line._pageNodeRef && line.inlines.length > 1) line.inlines = mergedInlines(line.inlines);
		return renderLine.call(this, line, x, y);
	};
}
