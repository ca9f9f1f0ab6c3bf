/**
 * A text cut into runs, each in a font that has its letters: Noto Sans for Latin (Polish, Lithuanian…),
 * Noto Naskh Arabic for Arabic and Urdu, Noto Sans Bengali, Mukta Mahee for Gurmukhi. The script fonts
 * lack Latin letters and digits, so a Punjabi sentence with "3" in it is two fonts.
 */
import { FONT } from '../theme';
import { fontOf, widthIn, type Family } from './fontkit';

/** A stretch of text and the font it is set in. */
export interface ScriptRun {
	text: string;
	font: Family;
}

/** The families in the order a character without a script of its own tries them. */
const FALLBACK: readonly Family[] = [FONT, 'NotoNaskhArabic', 'NotoSansBengali', 'MuktaMahee'];

/** The font a script's letters are set in; anything else (Latin among it) is Noto Sans's. */
function scriptFamily(character: string): Family | undefined {
	if (/\p{Script=Arabic}/u.test(character)) return 'NotoNaskhArabic';
	if (/\p{Script=Bengali}/u.test(character)) return 'NotoSansBengali';
	if (/\p{Script=Gurmukhi}/u.test(character)) return 'MuktaMahee';
	if (/[\p{Script=Common}\p{Script=Inherited}]/u.test(character)) return undefined;
	return FONT;
}

const has = (family: Family, character: string) =>
	fontOf(family, false).hasGlyphForCodePoint(character.codePointAt(0) ?? 0);

/**
 * The font for one character: its script's, else (spaces, punctuation, digits, marks) the run's it
 * follows when that font has it, so a word is not cut into fonts needlessly; else the first that has it.
 */
function familyFor(character: string, previous: Family | undefined): Family {
	const own = scriptFamily(character);
	if (own && has(own, character)) return own;
	if (!own && previous && has(previous, character)) return previous;
	return FALLBACK.find((family) => has(family, character)) ?? FONT;
}

/** The font of each UTF-16 unit of the text (a surrogate pair's two units share theirs). */
export function familiesOf(text: string): Family[] {
	const out: Family[] = [];
	let previous: Family | undefined;
	for (const character of text) {
		previous = familyFor(character, previous);
		for (let unit = 0; unit < character.length; unit++) out.push(previous);
	}
	return out;
}

/** The text as runs of one font each, in the text's own order. */
export function scriptRuns(text: string): ScriptRun[] {
	const families = familiesOf(text);
	const runs: ScriptRun[] = [];
	families.forEach((font, index) => {
		const last = runs[runs.length - 1];
		if (last && last.font === font) last.text += text[index];
		else runs.push({ text: text[index] as string, font });
	});
	return runs;
}

/** How wide the text is, each run measured in its font (points). */
export function textWidth(text: string, size: number, bold: boolean): number {
	return scriptRuns(text).reduce((sum, run) => sum + widthIn(run.font, bold, run.text, size), 0);
}
