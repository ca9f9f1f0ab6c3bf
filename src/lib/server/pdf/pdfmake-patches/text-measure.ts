/**
 * A text's style looked up once for all its words. Written for pdfmake 0.3.11.
 *
 * pdfmake's measure looks up twenty-odd style properties for every word; the words of one text carry
 * the same own style and the stack does not change while they are measured, so the answers are found
 * for the first word and given to the others (each word still gets every property). The measured
 * word is made as one object with all its properties rather than grown a property at a time, which
 * halved the garbage collection of a large plan. Same bytes.
 */
import type { PdfmakePatch } from './patch';
import { expectShape } from './shape';
import { WORD_SOURCE } from './word-source';

/** pdfkit's embedded font, as far as measuring needs it. */
interface MeasuringFont {
	lineHeight(size: number): number;
}

interface PdfmakeDocument {
	provideFont(family: string, bold: boolean, italics: boolean): MeasuringFont;
}

/** pdfmake's text measurer (TextInlines). */
export interface TextInlinesInstance {
	pdfDocument?: PdfmakeDocument;
	widthOfText(text: string, inline: MeasuredWord): number;
}

interface TextInlinesPrototype extends TextInlinesInstance {
	measure(this: TextInlinesInstance, array: MeasuredWord[], stack: unknown): MeasuredWord[];
}

interface StyleStackClass {
	getStyleProperty(item: unknown, stack: unknown, property: string, defaultValue: unknown): unknown;
}

/** A word as pdfmake's TextBreaker cuts it from a text, and as measured. */
export interface MeasuredWord extends Record<string | symbol, unknown> {
	text: string;
}

/** The looked-up style of the words of one text, as pdfmake's measure finds it for each word. */
interface WordStyle {
	font: MeasuringFont;
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

type LookUp = (item: MeasuredWord, property: string, defaultValue: unknown) => unknown;

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;
const STARTS_WITH_SPACE = /^\s/;
const ENDS_WITH_SPACE = /\s$/;

/** Every style property pdfmake's measure looks up for a word, in its order. */
function wordStyle(pdfDocument: PdfmakeDocument, item: MeasuredWord, lookUp: LookUp): WordStyle {
	const font = lookUp(item, 'font', 'Roboto');
	const bold = lookUp(item, 'bold', false);
	const italics = lookUp(item, 'italics', false);
	return {
		font: pdfDocument.provideFont(font as string, bold as boolean, italics as boolean),
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
}

/** A measured word: one new object with every property at once, and the word's own keys after them. */
function measuredWord(inlines: TextInlinesInstance, item: MeasuredWord, style: WordStyle): MeasuredWord {
	const fontSize = style.sup || style.sub ? style.fontSize * 0.58 : style.fontSize;
	// Every property at once, and `x`, which the line the word goes on sets: added one by one to the
	// word, they made V8 grow its property store again and again, a quarter of the bytes a render allocated.
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
		if (leadingSpaces) (word.leadingCut as number) += inlines.widthOfText(leadingSpaces[0], word);
	}
	if (!style.preserveTrailingSpaces && ENDS_WITH_SPACE.test(word.text)) {
		const trailingSpaces = word.text.match(TRAILING);
		if (trailingSpaces) word.trailingCut = inlines.widthOfText(trailingSpaces[0], word);
	}
	return word;
}

/**
 * pdfmake's TextInlines.measure, step for step, but with the style of a text's words looked up once
 * for all of them: every word carries its text's own style (copied by TextBreaker) and the stack
 * does not change during a measure, so each look-up gives every word of the text the same answer.
 * Each word in `array` is replaced by a measured copy with the same properties and values.
 */
export function measureWords(inlines: TextInlinesInstance, array: MeasuredWord[], lookUp: LookUp): MeasuredWord[] {
	const pdfDocument = inlines.pdfDocument as PdfmakeDocument;
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
		const source = item[WORD_SOURCE];
		if (!style || source === undefined || source !== lastSource) {
			style = wordStyle(pdfDocument, item, lookUp);
			lastSource = source;
		}
		array[index] = measuredWord(inlines, item, style);
	}
	return array;
}

export const textMeasure: PdfmakePatch = {
	name: 'text-measure',
	writtenFor: { pdfmake: '0.3.11' },
	sameBytes: true,
	prepare({ pdfmakeClass }) {
		const prototype = pdfmakeClass('./TextInlines')?.prototype;
		expectShape<TextInlinesPrototype>('pdfmake TextInlines.prototype', prototype, {
			measure: { arity: 2, source: 'cb17af19531a9de1' },
			widthOfText: { arity: 2, source: 'e285c68b15baf512' }
		});
		const Stack = pdfmakeClass('./StyleContextStack');
		expectShape<StyleStackClass>('pdfmake StyleContextStack', Stack, {
			getStyleProperty: { arity: 4, source: 'ca42470130b7e9d1' }
		});
		return () => {
			const measure = prototype.measure;
			prototype.measure = function (array, stack) {
				if (typeof this.pdfDocument?.provideFont !== 'function') return measure.call(this, array, stack);
				// Through the class's current getStyleProperty: the style-lookups patch's, when it is in.
				return measureWords(this, array, (item, property, defaultValue) =>
					Stack.getStyleProperty(item, stack, property, defaultValue)
				);
			};
		};
	}
};
