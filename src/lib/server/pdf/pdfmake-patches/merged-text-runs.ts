/**
 * One text operation per run of words. Written for pdfmake 0.3.11.
 *
 * pdfmake writes every word of a line with its own pdfkit `text()` call (its code has a
 * "TODO: line.optimizeInlines()"); consecutive words of the same font, size and colour now go in one
 * call. pdfkit lays out text word by word, so the glyphs land where they did: the same text and look,
 * but not the same bytes (fewer, longer text operations).
 */
import type { PdfmakePatch } from './patch';
import { expectShape } from './shape';

/** One word or run of words on a line, as pdfmake lays it out. */
export interface Inline {
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

/**
 * Text fontkit sets right to left (Arabic script: Arabic, Urdu). pdfkit lays a run out word by word,
 * each word with the spaces after it, and fontkit reverses a right-to-left word's glyphs spaces and all;
 * the family summary gives such words already in the order they are seen, one inline each, so joined
 * they would swap their spaces over.
 */
const RIGHT_TO_LEFT = /\p{Script_Extensions=Arabic}/u;

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
		plain(next) &&
		!RIGHT_TO_LEFT.test(previous.text) &&
		!RIGHT_TO_LEFT.test(next.text)
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

export const mergedTextRuns: PdfmakePatch = {
	name: 'merged-text-runs',
	writtenFor: { pdfmake: '0.3.11' },
	sameBytes: false,
	prepare({ pdfmakeClass }) {
		const rendererPrototype = pdfmakeClass('./Renderer')?.prototype;
		expectShape<RendererPrototype>('pdfmake Renderer', rendererPrototype, {
			renderLine: { arity: 3, source: 'b71f57566c6b6c5f' }
		});
		return () => {
			const renderLine = rendererPrototype.renderLine;
			rendererPrototype.renderLine = function (line, x, y) {
				if (!line._pageNodeRef && line.inlines.length > 1) line.inlines = mergedInlines(line.inlines);
				return renderLine.call(this, line, x, y);
			};
		};
	}
};
