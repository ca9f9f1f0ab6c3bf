/**
 * Hedges and conditions (the `vague-wording` rule): words that leave who does what, how much or by when
 * to whoever reads the plan on the day.
 *
 * Some always do ("as needed", "up to", "may"); others only while the item says nothing firmer: "regular
 * access to the sensory room" hides how often, but "access to the sensory room for 15 minutes at the
 * start of each lesson, supervised by a trained TA" does not, and "should" in an outcome with a measure
 * is a plain way of saying what is expected.
 */
import { phrasePattern, scanPhrases, type PhraseMatch } from './phrase-scan';

const WILL = 'Say what will happen, using “will”.';
const HOW_OFTEN = 'Say how often, such as “twice a week for 20 minutes”.';
const WHO_DECIDES = 'Say when, or how often, and who decides.';

/** Each hedge, whether it is excused by an otherwise specific item, and how to mend it. */
export const hedges: readonly { readonly phrase: string; readonly always: boolean; readonly hint: string }[] = [
	{ phrase: 'as and when', always: true, hint: WHO_DECIDES },
	{
		phrase: 'as / when / where / if + needed / required / appropriate / necessary / possible',
		always: true,
		hint: WHO_DECIDES
	},
	{ phrase: 'up to', always: true, hint: 'Give the amount the child will get, not the most they might get.' },
	{ phrase: 'would benefit from', always: true, hint: 'Say what will be provided, by whom and how often.' },
	{ phrase: 'may', always: true, hint: WILL },
	{ phrase: 'might', always: true, hint: WILL },
	{ phrase: 'could', always: true, hint: WILL },
	{ phrase: 'some', always: true, hint: 'Say how many or how much.' },
	{ phrase: 'high adult ratio', always: true, hint: 'Give the ratio, such as “one adult to three children”.' },
	{
		phrase: 'high level of / a lot of / plenty of / sufficient / adequate',
		always: true,
		hint: 'Say how many or how much.'
	},
	{
		phrase: 'access to',
		always: false,
		hint: 'Say what will be provided, by whom, how many sessions, how often and for how many minutes.'
	},
	{
		phrase: 'opportunity / opportunities + to / for',
		always: false,
		hint: 'Say what will happen, how often and who will make it happen.'
	},
	{ phrase: 'regular', always: false, hint: HOW_OFTEN },
	{ phrase: 'regularly', always: false, hint: HOW_OFTEN },
	{ phrase: 'should', always: false, hint: WILL },
	{ phrase: 'encouraged to', always: false, hint: 'Say what the child will do, and what adults will do to help.' }
];

const ALWAYS = String.raw`as\s+and\s+when|high(?:er)?\s+(?:adult|staff)(?:ing)?\s*(?::\s*(?:child|pupil|student))?\s+ratios?|(?:a\s+)?high\s+levels?\s+of|a\s+lot\s+of|plenty\s+of|sufficient|adequate|(?:as|when|where|if)\s+(?:needed|required|appropriate|necessary|possible)|up\s+to|would\s+benefit\s+from|may|might|could|some`;
const UNLESS_SPECIFIC = String.raw`access\s+to|opportunit(?:y|ies)\s+(?:to|for)|regular(?:ly)?|should|encouraged\s+to`;
/** Every hedge, as a regular expression source: the keys tell the two kinds apart after. */
export const HEDGE_PHRASES = `${ALWAYS}|${UNLESS_SPECIFIC}`;
const HEDGES = phrasePattern(HEDGE_PHRASES);
const ONLY_IN_VAGUE_COMPANY = /^(?:access|opportunit|regular|should|encouraged)/;

/** One hedge found, with how to mend it. */
export interface HedgeMatch extends PhraseMatch {
	hint: string;
}

const YEAR_AFTER = /^,?\s+\d{4}(?!\d)/;
const DAY_BEFORE = /(?:^|[^\d])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+$/i;
const SENTENCE_START = /(?:^|[.!?:;]["'”’)]*\s+|\n\s*)$/;

/** Whether "may" at `index` is the month: "May 2027", "5 May", or "May" inside a sentence. */
function isMonth(text: string, index: number): boolean {
	if (YEAR_AFTER.test(text.slice(index + 3, index + 12))) return true;
	const before = text.slice(Math.max(0, index - 12), index);
	if (DAY_BEFORE.test(before)) return true;
	return (
		text[index] === 'M' && text[index + 1] === 'a' && !SENTENCE_START.test(text.slice(Math.max(0, index - 6), index))
	);
}

/**
 * "Up to" is a ceiling on support ("up to 3 sessions"), but in an outcome "numbers up to 500" is a
 * measure, and in any item "a group of up to 3 students" is a group size.
 */
function rangeNotCeiling(after: string, holder: 'outcome' | 'provision'): boolean {
	if (holder === 'outcome') return /^\s*\d/.test(after);
	return /^\s*(?:\d+|two|three|four|five|six|eight|ten)\s+(?:students|pupils|children|learners|peers|young\s+people)\b/i.test(
		after
	);
}

/** How to mend the hedge `key` (in lower case, single-spaced). */
export function hedgeHint(key: string): string {
	const first = key.split(' ')[0] ?? key;
	if (first.startsWith('opportunit')) return hedges.find((hedge) => hedge.phrase.startsWith('opportunit'))!.hint;
	if (/^(?:a |high|plenty|sufficient|adequate)/.test(key)) return 'Say how many or how much.';
	if (first === 'regular' || first === 'regularly') return HOW_OFTEN;
	if (key === 'as and when' || (key.split(' ').length === 2 && ['as', 'when', 'where', 'if'].includes(first))) {
		return WHO_DECIDES;
	}
	return hedges.find((entry) => entry.phrase === key)?.hint ?? WILL;
}

/**
 * Every distinct hedge in `text`, in the order they appear: those that always hide something, and,
 * when the item is not otherwise specific, those that hide something only in vague company.
 */
export function findHedges(
	text: string,
	itemIsSpecific: boolean | (() => boolean),
	holder: 'outcome' | 'provision'
): HedgeMatch[] {
	return hedgesFrom(text, scanPhrases(text, HEDGES), itemIsSpecific, holder);
}

/** `findHedges`, given the matches of `HEDGE_PHRASES` in `text`. */
export function hedgesFrom(
	text: string,
	found: readonly PhraseMatch[],
	itemIsSpecific: boolean | (() => boolean),
	holder: 'outcome' | 'provision'
): HedgeMatch[] {
	const weak = found.filter((match) => ONLY_IN_VAGUE_COMPANY.test(match.key));
	const matches = found.filter(
		(match) =>
			!ONLY_IN_VAGUE_COMPANY.test(match.key) &&
			(match.key !== 'may' || !isMonth(text, match.index)) &&
			// In an outcome, "numbers up to 500" is a measure; in provision "up to 3 sessions" is a ceiling.
			(match.key !== 'up to' || !rangeNotCeiling(text.slice(match.end), holder))
	);
	// Whether the item is specific can take a scan of its own: ask only when it matters.
	if (weak.length > 0 && !(typeof itemIsSpecific === 'function' ? itemIsSpecific() : itemIsSpecific)) {
		matches.push(...weak);
	}
	matches.sort((a, b) => a.index - b.index);
	const seen = new Set<string>();
	return matches.flatMap((match) => {
		if (seen.has(match.key)) return [];
		seen.add(match.key);
		return [{ ...match, hint: hedgeHint(match.key) }];
	});
}
