/**
 * Right-to-left paragraphs (Arabic, Urdu) for pdfmake, which sets words left to right and wraps lines
 * itself. We wrap the text in its own (logical) order into lines that fit, measured in the PDF's fonts,
 * then put each line's pieces in the order they are seen (the Unicode Bidirectional Algorithm, by
 * bidi-js), one fragment per piece, and the caller sets each line right-aligned as it stands.
 *
 * fontkit (inside pdfkit) shapes and joins Arabic and reverses an Arabic run's glyphs itself, so an
 * Arabic piece is given in its logical order; a piece fontkit sets left to right (digits, Latin,
 * punctuation) is given in the order it is seen, its brackets mirrored where the line runs right to left.
 */
import bidiFactory from 'bidi-js';
import { familiesOf, textWidth, type ScriptRun } from './script-runs';

const bidi = bidiFactory();

/** Characters fontkit lays out right to left (it takes a run's direction from its first letter's script). */
const shapedRightToLeft = (character: string) => /\p{Script_Extensions=Arabic}/u.test(character);

/** The text's words in logical order, wrapped greedily into lines no wider than `width` points. */
export function wrapLogical(text: string, width: number, size: number, bold: boolean): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (line !== '' && textWidth(candidate, size, bold) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** What decides where one fragment of a line ends: each character's level, font and kind. */
interface Piece {
	index: number;
	level: number;
	key: string;
}

/**
 * One line (logical order) as fragments in the order they are seen, left to right, for a paragraph
 * that runs right to left: consecutive characters seen together, at one level, in one font and of one
 * kind (space, Arabic, other), and next to each other in the text, make one fragment.
 */
export function visualFragments(line: string): ScriptRun[] {
	const levels = bidi.getEmbeddingLevels(line, 'rtl');
	const families = familiesOf(line);
	const pieces: Piece[] = bidi.getReorderedIndices(line, levels).map((index) => {
		const character = line[index] as string;
		const kind = /\s/.test(character) ? 'space' : shapedRightToLeft(character) ? 'arabic' : 'other';
		const level = levels.levels[index] as number;
		return { index, level, key: `${level}|${families[index]}|${kind}` };
	});
	const groups: Piece[][] = [];
	for (const piece of pieces) {
		const group = groups[groups.length - 1];
		const last = group?.[group.length - 1];
		const next = last && (last.level % 2 === 1 ? last.index - 1 : last.index + 1);
		if (group && last && last.key === piece.key && piece.index === next) group.push(piece);
		else groups.push([piece]);
	}
	return groups.map((group) => {
		const first = group[0] as Piece;
		const seen = group.map((piece) => line[piece.index] as string);
		const text = shapedRightToLeft(seen[0] as string)
			? seen.reverse().join('')
			: seen
					.map((character) => (first.level % 2 === 1 ? (bidi.getMirroredCharacter(character) ?? character) : character))
					.join('');
		return { text, font: families[first.index] as ScriptRun['font'] };
	});
}

/** A right-to-left paragraph as lines of fragments, each line to be set right-aligned as it is. */
export function rightToLeftLines(text: string, width: number, size: number, bold: boolean): ScriptRun[][] {
	return wrapLogical(text, width, size, bold).map(visualFragments);
}
