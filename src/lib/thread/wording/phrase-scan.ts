/**
 * Finds phrases in plan text as whole words, whatever their case: "Mayfield" does not contain "may",
 * nor "staffroom" "staff".
 */

/** One phrase found in a text. */
export interface PhraseMatch {
	/** The phrase as written, with runs of spaces made single: "As and when". */
	phrase: string;
	/** The phrase in lower case: the same phrase written twice has the same key. */
	key: string;
	/** Where it starts in the text. */
	index: number;
	/** Where it ends in the text. */
	end: number;
}

/** A list of phrases, as the source of a regular expression of alternatives, compiled once. */
export interface PhrasePattern {
	readonly lowerCase: RegExp;
	readonly anyCase: RegExp;
}

/**
 * Compiles `alternatives` (a regular expression source, written in lower case) for `scanPhrases`.
 * Scanning lower-cased text for literal phrases between ASCII word boundaries is the fast path (the
 * engine skips quickly through text that has none). \b is a looser test than a whole word in every
 * script, so each match is checked again in code.
 */
export function phrasePattern(alternatives: string): PhrasePattern {
	return {
		lowerCase: new RegExp(String.raw`\b(?:${alternatives})\b`, 'g'),
		anyCase: new RegExp(String.raw`\b(?:${alternatives})\b`, 'gi')
	};
}

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

// The wording rules scan one text with a dozen patterns in a row: lower-case it once.
let lastText = '';
let lastLower = '';

function lowerCaseOf(text: string): string {
	if (text !== lastText) {
		lastText = text;
		lastLower = text.toLowerCase();
	}
	return lastLower;
}

/**
 * The whole-phrase matches of `pattern` in `text`, in order, repeats included; `accept` may turn a
 * match down, and `limit` stops the scan early (the first match is often all a caller needs).
 */
export function scanPhrases(
	text: string,
	pattern: PhrasePattern,
	limit = Infinity,
	accept: (match: PhraseMatch) => boolean = () => true
): PhraseMatch[] {
	const found: PhraseMatch[] = [];
	const lower = lowerCaseOf(text);
	// For the rare text whose lower case is longer than itself ("İ"), so that positions stay right.
	const sameLength = lower.length === text.length;
	const regex = sameLength ? pattern.lowerCase : pattern.anyCase;
	const scanned = sameLength ? lower : text;
	regex.lastIndex = 0;
	let match: RegExpExecArray | null;
	while (found.length < limit && (match = regex.exec(scanned)) !== null) {
		const index = match.index;
		const end = index + match[0].length;
		if (isWordCharacter(text, index - 1) || isWordCharacter(text, end)) {
			regex.lastIndex = index + 1;
			continue;
		}
		const phrase = text.slice(index, end).replace(/\s+/g, ' ');
		const candidate = { phrase, key: phrase.toLowerCase(), index, end };
		if (accept(candidate)) found.push(candidate);
		if (match[0].length === 0) regex.lastIndex = index + 1;
	}
	regex.lastIndex = 0;
	return found;
}

/** The first whole-phrase match of `pattern` in `text` that `accept` takes, if any. */
export function firstPhrase(
	text: string,
	pattern: PhrasePattern,
	accept?: (match: PhraseMatch) => boolean
): PhraseMatch | undefined {
	return scanPhrases(text, pattern, 1, accept)[0];
}

/** Whether `text` has more than `count` words; split stops early, so a long text costs no more. */
export function wordCountAbove(text: string, count: number): boolean {
	const trimmed = text.trim();
	return trimmed !== '' && trimmed.split(/\s+/, count + 1).length > count;
}

/** The whole of `text` as one match, for findings about a text too short to say enough: "a small group". */
export function wholeText(text: string): PhraseMatch {
	const trimmed = text.trim();
	const phrase = trimmed.replace(/\s+/g, ' ').replace(/[.!]$/, '');
	const index = text.indexOf(trimmed);
	return { phrase, key: phrase.toLowerCase(), index, end: index + trimmed.length };
}

/** Whether `text` has at least one whole-phrase match of `pattern`. */
export function hasPhrase(text: string, pattern: PhrasePattern, accept?: (match: PhraseMatch) => boolean): boolean {
	return firstPhrase(text, pattern, accept) !== undefined;
}

/** Several lists of phrases, found in one pass over a text: `scanKinds`. */
export interface PhraseKinds<K extends string> {
	readonly union: PhrasePattern;
	readonly kinds: readonly { readonly kind: K; readonly lowerCase: RegExp; readonly anyCase: RegExp }[];
}

/** Compiles lists of phrases (regular expression sources, in lower case) to scan for in one pass. */
export function phraseKinds<K extends string>(kinds: Readonly<Record<K, string>>): PhraseKinds<K> {
	const entries = Object.entries(kinds) as [K, string][];
	return {
		union: phrasePattern(entries.map(([, alternatives]) => alternatives).join('|')),
		kinds: entries.map(([kind, alternatives]) => ({
			kind,
			lowerCase: new RegExp(String.raw`\b(?:${alternatives})\b`, 'y'),
			anyCase: new RegExp(String.raw`\b(?:${alternatives})\b`, 'iy')
		}))
	};
}

/**
 * The whole-phrase matches of each kind in `text`, as `scanPhrases` would find them kind by kind, in
 * one pass: a text is read once, however many kinds there are, and the few places where some phrase
 * starts are tried against each kind.
 */
export function scanKinds<K extends string>(text: string, set: PhraseKinds<K>): Map<K, PhraseMatch[]> {
	const found = new Map<K, PhraseMatch[]>(set.kinds.map(({ kind }) => [kind, []]));
	const lower = lowerCaseOf(text);
	const sameLength = lower.length === text.length;
	const scanned = sameLength ? lower : text;
	const ends = new Map<K, number>();
	const union = sameLength ? set.union.lowerCase : set.union.anyCase;
	union.lastIndex = 0;
	let start: RegExpExecArray | null;
	while ((start = union.exec(scanned)) !== null) {
		const index = start.index;
		// Every place where some phrase starts: the next may start inside this one.
		union.lastIndex = index + 1;
		if (isWordCharacter(text, index - 1)) continue;
		for (const { kind, lowerCase, anyCase } of set.kinds) {
			if (index < (ends.get(kind) ?? 0)) continue;
			const regex = sameLength ? lowerCase : anyCase;
			regex.lastIndex = index;
			const match = regex.exec(scanned);
			if (match === null) continue;
			const end = index + match[0].length;
			if (isWordCharacter(text, end)) continue;
			const phrase = text.slice(index, end).replace(/\s+/g, ' ');
			found.get(kind)!.push({ phrase, key: phrase.toLowerCase(), index, end });
			ends.set(kind, end);
		}
	}
	union.lastIndex = 0;
	return found;
}
