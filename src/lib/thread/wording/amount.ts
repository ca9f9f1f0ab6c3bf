/** Whether plan text says how much: how often, and for how long. */
import { hasPhrase, phrasePattern, type PhraseMatch } from './phrase-scan';

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|half\s+an?)`;
const PERIOD = String.raw`(?:day|morning|afternoon|week|fortnight|month|term|half[- ]term|year|lesson|session|visit|(?:mon|tues|wednes|thurs|fri)day)`;

const HOW_LONG = phrasePattern(String.raw`${NUMBER}\s*(?:-\s*)?(?:minutes?|mins?|hours?|hrs?)|full[- ]time`);

const HOW_OFTEN = phrasePattern(
	[
		String.raw`${NUMBER}\s*(?:x\s*)?(?:sessions?|times?|lessons?|periods?|days?|visits?|blocks?)`,
		String.raw`\d+\s*x|x\s*\d+|\d+\s*(?:%|per\s+cent)`,
		String.raw`once|twice|daily|weekly|fortnightly|termly|monthly|annually|half[- ]termly`,
		String.raw`(?:every|each|per|a)\s+(?:school\s+)?${PERIOD}`,
		String.raw`all\s+(?:(?:core\s+)?(?:lessons|subjects)|day|unstructured\s+times)|throughout\s+the\s+(?:school\s+)?day`,
		String.raw`at\s+(?:break|lunch|play|snack)\s*(?:-\s*)?times?|at\s+(?:breaktime|lunchtime|playtime)s?`
	].join('|')
);

/** Whether `text` says for how long: "30 minutes", "an hour", "full-time". */
export function saysHowLong(text: string, accept?: (match: PhraseMatch) => boolean): boolean {
	return hasPhrase(text, HOW_LONG, accept);
}

/** Whether `text` says how often or how many: "3 sessions", "daily", "every lesson", "at break times". */
export function saysHowOften(text: string, accept?: (match: PhraseMatch) => boolean): boolean {
	return hasPhrase(text, HOW_OFTEN, accept);
}

/** Whether `text` says how much in any way: how often or for how long (as far as `accept` agrees). */
export function saysHowMuch(text: string, accept?: (match: PhraseMatch) => boolean): boolean {
	return saysHowOften(text, accept) || saysHowLong(text, accept);
}
