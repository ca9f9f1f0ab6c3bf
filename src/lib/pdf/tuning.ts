/**
 * Changes to how pdfmake and pdfkit work inside, found by profiling (see tests/bench/pdf.ts),
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
 *    a `Set` each time): 6.7 million walks for the plan with 200 in every list. The same walk, in
 *    the same order, is done here without allocating, and its answer is remembered for the other
 *    words of the same text while the stack is unchanged (the stack counts its pushes and pops; a
 *    word's own properties still come first).
 *
 * 5. **A text's style looked up once for all its words.** pdfmake's measure looks up twenty-odd
 *    style properties for every word; the words of one text carry the same own style and the stack
 *    does not change while they are measured, so the answers are found for the first word and
 *    given to the others (each word still gets every property). The measured word is made as one
 *    object with all its properties rather than grown a property at a time, which halved the
 *    garbage collection of a large plan.
 * 6. **Glyphs numbered once per document.** pdfkit's encode includes every glyph of every word in
 *    the font's subset again (a no-op after the first time) and builds the line's glyphs by
 *    concatenating arrays; the hex number of each glyph is now remembered per embedded font (so per
 *    document) and the glyphs gathered in one array.
 * 7. **Page content turned into bytes once.** pdfkit makes a Buffer of every operator it writes
 *    (a dozen for each run of text); text written to an object is now kept as one string and made
 *    into bytes when more bytes come or the object is finished: the same bytes, in the same order.
 * 8. **A running header laid out once a page size.** pdfmake preprocesses, measures and lays out the header
 *    and footer afresh for every page; a header or footer the same as an earlier page's (the same
 *    content, as JSON, at the same size and place) now gets a copy of that page's layout, as
 *    pdfmake copies a table's header row onto later pages. The footer, with its page number, is
 *    still laid out for every page.
 *
 * 5 to 8 leave the PDF byte for byte as it was (checked on Sarah's plan, the 200-item plan and the
 * one with 200 in every list).
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

/** pdfmake's text measurer (TextInlines). */
interface TextInlinesInstance {
	pdfDocument?: PdfmakeDocumentPrototype;
	widthOfText(text: string, inline: MeasuredWord): number;
}

interface TextInlinesPrototype extends TextInlinesInstance {
	measure(this: TextInlinesInstance, array: MeasuredWord[], stack: StyleStack): MeasuredWord[];
}

/** A word as pdfmake's TextBreaker cuts it from a text, and as measured. */
interface MeasuredWord extends Record<string | symbol, unknown> {
	text: string;
}

/** The looked-up style of the words of one text, as pdfmake's measure finds it for each word. */
interface WordStyle {
	font: EmbeddedFont & { lineHeight(size: number): number };
	alignment: unknown;
	fontSize: number;
	fontFeatures: unknown;
	characterSpacing: unknown;
	color: unknown;
	decoration: unknown;
	decorationColor: unknown;
	decorationStyle: unknown;
	decorationThickness: unknown;
	background: unknown;
	link: unknown;
	linkToPage: unknown;
	linkToDestination: unknown;
	noWrap: unknown;
	opacity: unknown;
	sup: unknown;
	sub: unknown;
	lineHeight: number;
	preserveLeadingSpaces: unknown;
	preserveTrailingSpaces: unknown;
}

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;
const STARTS_WITH_SPACE = /^\s/;
const ENDS_WITH_SPACE = /\s$/;

/**
 * pdfmake's TextInlines.measure, step for step, but with the style of a text's words looked up once
 * for all of them: every word carries its text's own style (copied by TextBreaker) and the stack
 * does not change during a measure, so each look-up gives every word of the text the same answer.
 * Each word in `array` is replaced by a measured copy with the same properties and values.
 */
export function measureWords(
	inlines: TextInlinesInstance,
	array: MeasuredWord[],
	stack: StyleStack,
	lookUp: (item: MeasuredWord, property: string, defaultValue: unknown) => unknown
): MeasuredWord[] {
	const pdfDocument = inlines.pdfDocument as PdfmakeDocumentPrototype;
	if (array.length) {
		const first = array[0] as MeasuredWord;
		const leadingIndent = lookUp(first, 'leadingIndent', 0);
		if (leadingIndent) {
			first.leadingCut = -(leadingIndent as number);
			first.leadingIndent = leadingIndent;
		}
	}
	let lastSource: unknown = undefined;
	let style: WordStyle | undefined;
	for (let index = 0; index < array.length; index++) {
		const item = array[index] as MeasuredWord;
		const source = item[SOURCE];
		if (!style || source === undefined || source !== lastSource) {
			const font = lookUp(item, 'font', 'Roboto');
			const bold = lookUp(item, 'bold', false);
			const italics = lookUp(item, 'italics', false);
			style = {
				font: pdfDocument.provideFont.call(
					pdfDocument,
					font as string,
					bold as boolean,
					italics as boolean
				) as WordStyle['font'],
				alignment: lookUp(item, 'alignment', 'left'),
				fontSize: lookUp(item, 'fontSize', 12) as number,
				fontFeatures: lookUp(item, 'fontFeatures', null),
				characterSpacing: lookUp(item, 'characterSpacing', 0),
				color: lookUp(item, 'color', 'black'),
				decoration: lookUp(item, 'decoration', null),
				decorationColor: lookUp(item, 'decorationColor', null),
				decorationStyle: lookUp(item, 'decorationStyle', null),
				decorationThickness: lookUp(item, 'decorationThickness', null),
				background: lookUp(item, 'background', null),
				link: lookUp(item, 'link', null),
				linkToPage: lookUp(item, 'linkToPage', null),
				linkToDestination: lookUp(item, 'linkToDestination', null),
				noWrap: lookUp(item, 'noWrap', null),
				opacity: lookUp(item, 'opacity', 1),
				sup: lookUp(item, 'sup', false),
				sub: lookUp(item, 'sub', false),
				lineHeight: lookUp(item, 'lineHeight', 1) as number,
				preserveLeadingSpaces: lookUp(item, 'preserveLeadingSpaces', false),
				preserveTrailingSpaces: lookUp(item, 'preserveTrailingSpaces', false)
			};
			lastSource = source;
		}
		const fontSize = style.sup || style.sub ? style.fontSize * 0.58 : style.fontSize;
		// A new object with every property at once, and `x`, which the line the word goes on sets:
		// added one by one to the word, they made V8 grow its property store again and again, a
		// quarter of the bytes a render allocated.
		const word: MeasuredWord = {
			text: item.text,
			font: style.font,
			alignment: style.alignment,
			fontSize,
			fontFeatures: style.fontFeatures,
			characterSpacing: style.characterSpacing,
			color: style.color,
			decoration: style.decoration,
			decorationColor: style.decorationColor,
			decorationStyle: style.decorationStyle,
			decorationThickness: style.decorationThickness,
			background: style.background,
			link: style.link,
			linkToPage: style.linkToPage,
			linkToDestination: style.linkToDestination,
			noWrap: style.noWrap,
			opacity: style.opacity,
			sup: style.sup,
			sub: style.sub,
			width: 0,
			height: style.font.lineHeight(fontSize) * style.lineHeight,
			leadingCut: (item.leadingCut as number | undefined) || 0,
			trailingCut: 0,
			x: 0
		};
		// The word's own keys (its text's style, lineEnd, noNewLine, leadingIndent) come along.
		for (const key in item) if (!(key in word)) word[key] = item[key];
		word.width = inlines.widthOfText(word.text, word);
		if (!style.preserveLeadingSpaces && STARTS_WITH_SPACE.test(word.text)) {
			const leadingSpaces = word.text.match(LEADING);
			if (leadingSpaces) {
				(word.leadingCut as number) += inlines.widthOfText(leadingSpaces[0], word);
			}
		}
		if (!style.preserveTrailingSpaces && ENDS_WITH_SPACE.test(word.text)) {
			const trailingSpaces = word.text.match(TRAILING);
			if (trailingSpaces) {
				word.trailingCut = inlines.widthOfText(trailingSpaces[0], word);
			}
		}
		array[index] = word;
	}
	return array;
}

/** A glyph as fontkit lays it out. */
interface Glyph {
	id: number;
	advanceWidth: number;
	codePoints: unknown;
}

/** pdfkit's embedded font, with the insides its encode uses. */
interface EncodingFont {
	subset: { includeGlyph(id: number): number };
	widths: Record<number, number | undefined>;
	unicode: Record<number, unknown>;
	scale: number;
	layoutCached(text: string): { glyphs: Glyph[]; positions: unknown[] };
	encode(text: string, features?: unknown): [string[], unknown[]];
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

/** pdfkit's indirect object, with the insides its write and finalize use. */
interface PdfReference {
	data: Record<string, unknown>;
	buffer: unknown[] | Uint8Array;
	compress: boolean;
	uncompressedLength: number;
	write(chunk: unknown): void;
	finalize(): void;
}

/** On an object being written: the text written to it since its last chunk of bytes. */
const PENDING = Symbol('pending');

/** Where a header or footer goes on a page, as pdfmake works it out. */
interface RepeatableSizes {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * A header or footer as text, to know it again on a later page: its size and place, and its content
 * as JSON. Undefined when the content holds a function (JSON would not tell two of them apart).
 */
export function repeatableKey(node: unknown, sizes: RepeatableSizes): string | undefined {
	let plain = true;
	const json = JSON.stringify(node, (_key, value: unknown) => {
		if (typeof value === 'function') plain = false;
		return value;
	});
	return plain ? `${sizes.x} ${sizes.y} ${sizes.width} ${sizes.height} ${json}` : undefined;
}

interface WriterPage {
	pageSize: unknown;
	pageMargins: unknown;
	customProperties: Record<string, unknown>;
}

/** pdfmake's page writer and layout builder, with the insides its headers and footers use. */
interface PageWriter {
	context(): { page: number; pages: WriterPage[]; getCurrentPage(): WriterPage };
	beginUnbreakableBlock(width: number, height: number): void;
	commitUnbreakableBlock(x: number, y: number): void;
}

interface LayoutBuilderInstance {
	writer: PageWriter;
	docPreprocessor: { preprocessBlock(node: unknown): unknown };
	docMeasure: { measureBlock(node: unknown): unknown };
	processNode(node: unknown): void;
}

type RepeatableGetter = (page: number, pages: number, pageSize: unknown) => unknown;

interface LayoutBuilderPrototype {
	addDynamicRepeatable(
		this: LayoutBuilderInstance,
		nodeGetter: RepeatableGetter | undefined,
		sizeFunction: (pageSize: unknown, pageMargins: unknown) => RepeatableSizes,
		customPropertyName: string
	): void;
}

/** pdfmake's ElementWriter.addFragment: a laid-out block's lines and shapes copied onto the current page. */
type AddFragment = (
	this: PageWriter,
	fragment: unknown,
	useXOffset: boolean,
	useYOffset: boolean,
	stay: boolean
) => void;

let tuned = false;

/** Applies the changes, for fonts opened from these buffers (the font files, never changed). */
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
	const documentPrototype = (fromPdfmake('./PDFDocument') as { default: { prototype: PdfmakeDocumentPrototype } })
		.default.prototype;
	const layoutCaches = new WeakMap<object, { words: Record<string, unknown>; uses: number }>();
	for (const buffer of buffers)
		layoutCaches.set(buffer, { words: Object.create(null) as Record<string, unknown>, uses: 0 });
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
		const source =
			typeof item === 'object' && item !== null ? (item as Record<symbol, object | undefined>)[SOURCE] : undefined;
		let value: unknown;
		if (!source) {
			value = resolve(item, stack, property);
		} else {
			const version = (stack as unknown as Record<symbol, number>)[VERSION] ?? 0;
			let remembered =
				source === PLAIN_SOURCE ? plainRemembered : (source as Record<symbol, Remembered | undefined>)[REMEMBERED];
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

	// 5. Words measured with their text's style looked up once, not once per word.
	const TextInlines = (fromPdfmake('./TextInlines') as { default: { prototype: TextInlinesPrototype } }).default;
	const measure = TextInlines.prototype.measure;
	TextInlines.prototype.measure = function (this: TextInlinesInstance, array, stack) {
		if (typeof this.pdfDocument?.provideFont !== 'function') return measure.call(this, array, stack);
		return measureWords(this, array, stack, (item, property, defaultValue) =>
			Stack.getStyleProperty(item, stack, property, defaultValue)
		);
	};

	// 6. Text encoded without re-including known glyphs or concatenating arrays.
	let encodingPatched = false;
	const patchEncoding = (font: EmbeddedFont) => {
		encodingPatched = true;
		const prototype = Object.getPrototypeOf(font) as EncodingFont;
		const candidate = font as unknown as Partial<EncodingFont>;
		if (typeof prototype.encode !== 'function' || typeof prototype.layoutCached !== 'function' || !candidate.subset)
			return;
		if (typeof candidate.subset.includeGlyph !== 'function' || !candidate.widths || !candidate.unicode) return;
		const encode = prototype.encode;
		prototype.encode = function (this: EncodingFont, text: string, features?: unknown) {
			if (features || typeof text !== 'string' || !this.subset) return encode.call(this, text, features);
			return encodeText(this, text);
		};
	};
	const provideFontBefore = documentPrototype.provideFont;
	documentPrototype.provideFont = function (family, bold, italics) {
		const font = provideFontBefore.call(this, family, bold, italics);
		if (!encodingPatched) patchEncoding(font);
		return font;
	};

	// 7. Content written as text and turned into bytes once per object, not once per operation.
	let referencePatched = false;
	const patchReferences = (root: unknown) => {
		referencePatched = true;
		const prototype =
			typeof root === 'object' && root !== null ? (Object.getPrototypeOf(root) as PdfReference) : undefined;
		if (!prototype || typeof prototype.write !== 'function' || typeof prototype.finalize !== 'function') return;
		const { write, finalize } = prototype;
		const flush = (reference: PdfReference) => {
			const pending = (reference as unknown as Record<symbol, string | undefined>)[PENDING];
			if (pending === undefined) return;
			(reference as unknown as Record<symbol, string | undefined>)[PENDING] = undefined;
			(reference.buffer as unknown[]).push(Buffer.from(pending, 'binary'));
		};
		prototype.write = function (this: PdfReference, chunk: unknown) {
			if (typeof chunk !== 'string' || !Array.isArray(this.buffer)) {
				flush(this);
				return write.call(this, chunk);
			}
			const pending = this as unknown as Record<symbol, string | undefined>;
			pending[PENDING] = (pending[PENDING] ?? '') + chunk + '\n';
			this.uncompressedLength += chunk.length + 1;
			if (this.data.Length == null) this.data.Length = 0;
			(this.data.Length as number) += chunk.length + 1;
			if (this.compress) this.data.Filter = 'FlateDecode';
		};
		prototype.finalize = function (this: PdfReference) {
			flush(this);
			return finalize.call(this);
		};
	};
	const provideFontBefore7 = documentPrototype.provideFont;
	documentPrototype.provideFont = function (family, bold, italics) {
		if (!referencePatched) patchReferences((this as { _root?: unknown })._root);
		return provideFontBefore7.call(this, family, bold, italics);
	};

	// 8. A header or footer the same as an earlier page's laid out once.
	const builderPrototype = (fromPdfmake('./LayoutBuilder') as { default: { prototype: LayoutBuilderPrototype } })
		.default.prototype;
	const writerPrototype = (fromPdfmake('./PageElementWriter') as { default: { prototype: object } }).default.prototype;
	const addFragment = (Object.getPrototypeOf(writerPrototype) as { addFragment?: AddFragment }).addFragment;
	if (typeof builderPrototype.addDynamicRepeatable === 'function' && typeof addFragment === 'function') {
		// pdfmake's addDynamicRepeatable, step for step, but keeping each page's laid-out block and
		// copying it onto a later page that asks for the same content at the same size and place.
		builderPrototype.addDynamicRepeatable = function (nodeGetter, sizeFunction, customPropertyName) {
			const laidOut = new Map<string, unknown>();
			const pages = this.writer.context().pages;
			for (let pageIndex = 0, count = pages.length; pageIndex < count; pageIndex++) {
				this.writer.context().page = pageIndex;
				const page = this.writer.context().getCurrentPage();
				const own = page.customProperties[customPropertyName];
				const getter = (own || own === null ? own : nodeGetter) as RepeatableGetter | null | undefined;
				if (getter === undefined || getter === null) continue;
				let node = getter(pageIndex + 1, count, (pages[pageIndex] as WriterPage).pageSize);
				if (!node) continue;
				const sizes = sizeFunction(page.pageSize, page.pageMargins);
				const key = repeatableKey(node, sizes);
				const earlier = key === undefined ? undefined : laidOut.get(key);
				if (earlier) {
					addFragment.call(this.writer, earlier, true, true, true);
					continue;
				}
				this.writer.beginUnbreakableBlock(sizes.width, sizes.height);
				const block = this.writer.context();
				node = this.docPreprocessor.preprocessBlock(node);
				this.processNode(this.docMeasure.measureBlock(node));
				this.writer.commitUnbreakableBlock(sizes.x, sizes.y);
				if (key !== undefined && block.pages[0]) laidOut.set(key, block.pages[0]);
			}
		};
	}

	// 3. Runs of words written in one text operation.
	const rendererPrototype = (fromPdfmake('./Renderer') as { default: { prototype: RendererPrototype } }).default
		.prototype;
	const renderLine = rendererPrototype.renderLine;
	rendererPrototype.renderLine = function (line, x, y) {
		if (!line._pageNodeRef && line.inlines.length > 1) line.inlines = mergedInlines(line.inlines);
		return renderLine.call(this, line, x, y);
	};
}
