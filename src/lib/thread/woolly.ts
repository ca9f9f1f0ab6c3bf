/**
 * Woolly words: phrases that hide who does what, how much or by when (the `vague-wording` rule).
 *
 * The phrases are matched as whole words, whatever their case: "Mayfield" and "Somerset" do not
 * contain "may" or "some". Two exceptions keep specific wording from being flagged:
 * - "May" the month is not woolly: before a year ("May 2027"), after a day ("5 May", "5th May"), or
 *   written with a capital M inside a sentence ("by the end of May").
 * - "access to" in a provision is not woolly when the provision gives its sessions, per and minutes.
 */

/** One woolly phrase found in a text. */
export interface WoollyMatch {
	/** The phrase as written, with runs of spaces made single: "As and when", "opportunities to". */
	phrase: string;
	/** The phrase in lower case: the same woolly phrase written twice has the same key. */
	key: string;
	/** Where it starts in the text. */
	index: number;
	/** How to mend it, in plain English. */
	hint: string;
}

/** Options for `findWoollyPhrases`. */
export interface WoollyOptions {
	/** The text is a provision's and gives sessions, per and minutes: "access to" is then specific. */
	quantifiedProvision?: boolean;
}

const WILL = 'Say what will happen, using “will”.';
const HOW_OFTEN = 'Say how often, such as “twice a week for 20 minutes”.';

/** The phrases of the design's rule table, each with how to mend it. */
export const woollyPhrases: readonly { readonly phrase: string; readonly hint: string }[] = [
	{
		phrase: 'access to',
		hint: 'Say what will be provided, by whom, how many sessions, how often and for how many minutes.'
	},
	{ phrase: 'opportunity to / opportunities to', hint: 'Say what will happen, how often and who will make it happen.' },
	{
		phrase: 'opportunity for / opportunities for',
		hint: 'Say what will happen, how often and who will make it happen.'
	},
	{ phrase: 'regular', hint: HOW_OFTEN },
	{ phrase: 'regularly', hint: HOW_OFTEN },
	{
		phrase: 'as / when / where / if + needed / required / appropriate / necessary / possible',
		hint: 'Say when, or how often, and who decides.'
	},
	{ phrase: 'as and when', hint: 'Say when, or how often, and who decides.' },
	{ phrase: 'may', hint: WILL },
	{ phrase: 'might', hint: WILL },
	{ phrase: 'should', hint: WILL },
	{ phrase: 'could', hint: WILL },
	{ phrase: 'support with', hint: 'Say what the support is, who gives it, how often and for how long.' },
	{ phrase: 'up to', hint: 'Give the amount the child will get, not the most they might get.' },
	{ phrase: 'some', hint: 'Say how many or how much.' },
	{ phrase: 'encouraged to', hint: 'Say what the child will do, and what adults will do to help.' },
	{ phrase: 'would benefit from', hint: 'Say what will be provided, by whom and how often.' }
];

const PHRASES = String.raw`as\s+and\s+when|(?:as|when|where|if)\s+(?:needed|required|appropriate|necessary|possible)|access\s+to|opportunit(?:y|ies)\s+(?:to|for)|regular(?:ly)?|may|might|should|could|support\s+with|up\s+to|some|encouraged\s+to|would\s+benefit\s+from`;

// Scanning lower-cased text for literal phrases between ASCII word boundaries is the fast path (the
// engine skips quickly through text that has none, about as fast as JSON.parse reads it). \b is a
// looser test than a whole word in every script, so each match is checked again in code.
const LOWER_CASE_PATTERN = new RegExp(String.raw`\b(?:${PHRASES})\b`, 'g');
// For the rare text whose lower case is longer than itself ("İ"), so that positions stay right.
const ANY_CASE_PATTERN = new RegExp(String.raw`\b(?:${PHRASES})\b`, 'gi');

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Whether the character at `index` is part of a word (a letter, a digit or a combining mark). */
function isWordCharacter(text: string, index: number): boolean {
	if (index < 0 || index >= text.length) return false;
	const code = text.charCodeAt(index);
	if (code < 128) {
		return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
	}
	// A surrogate pair: look at the whole code point.
	const point = text.codePointAt(code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index);
	return point !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(point));
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

function hintFor(key: string): string {
	const first = key.split(' ')[0] ?? key;
	if (first === 'access') return woollyPhrases[0]!.hint;
	if (first.startsWith('opportunit')) return woollyPhrases[1]!.hint;
	if (first === 'regular' || first === 'regularly') return HOW_OFTEN;
	if (key === 'as and when' || (key.split(' ').length === 2 && ['as', 'when', 'where', 'if'].includes(first))) {
		return woollyPhrases[5]!.hint;
	}
	return woollyPhrases.find((entry) => entry.phrase === key)?.hint ?? WILL;
}

/**
 * Every distinct woolly phrase in `text`, in the order they first appear, each once.
 *
 * @example
 * findWoollyPhrases('Sarah may need support with reading.').map((m) => m.phrase);
 * // ['may', 'support with']
 */
export function findWoollyPhrases(text: string, options: WoollyOptions = {}): WoollyMatch[] {
	const found: WoollyMatch[] = [];
	let seen: Set<string> | undefined;
	const lower = text.toLowerCase();
	const sameLength = lower.length === text.length;
	const pattern = sameLength ? LOWER_CASE_PATTERN : ANY_CASE_PATTERN;
	const scanned = sameLength ? lower : text;
	pattern.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(scanned)) !== null) {
		const index = match.index;
		const end = index + match[0].length;
		if (isWordCharacter(text, index - 1) || isWordCharacter(text, end)) {
			pattern.lastIndex = index + 1;
			continue;
		}
		const written = text.slice(index, end);
		const phrase = written.replace(/\s+/g, ' ');
		const key = phrase.toLowerCase();
		if (key === 'may' && isMonth(text, index)) continue;
		if (key === 'access to' && options.quantifiedProvision) continue;
		seen ??= new Set();
		if (seen.has(key)) continue;
		seen.add(key);
		found.push({ phrase, key, index, hint: hintFor(key) });
	}
	pattern.lastIndex = 0;
	return found;
}
