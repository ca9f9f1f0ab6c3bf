/** Whether an outcome or step says how anyone will know it is achieved. */
import { firstPhrase, hasPhrase, phrasePattern, wholeText, wordCountAbove, type PhraseMatch } from './phrase-scan';
import { saysHowMuch } from './amount';

const MEASURE = phrasePattern(
	[
		String.raw`\d+`,
		String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(?:out\s+of|of|in)\b`,
		String.raw`by\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+\w+`,
		// "…by joining words together to make clear sentences": the behaviour that shows it.
		String.raw`by\s+(?:using|joining|making|saying|writing|reading|asking|telling|naming|pointing|signing|choosing|following|completing|answering|taking|putting)`,
		String.raw`out\s+of|at\s+least|no\s+more\s+than|fewer\s+than|more\s+than|per\s+cent|percent`,
		String.raw`independently|on\s+(?:his|her|their)\s+own|without\s+(?:adult\s+|any\s+)?(?:help|prompts?|prompting|support|reminders?)`,
		String.raw`measured\s+by|as\s+(?:shown|recorded|measured|reported|observed)\s+(?:by|in|on)|recorded\s+(?:by|in|on)`
	].join('|')
);

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`;
// Dates, years, ages and school years say when, not how much: "by 14 March 2027", "Year 6", "age 16".
const WHEN = new RegExp(
	[
		String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b`,
		String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b`,
		String.raw`\b(?:19|20)\d{2}\b`,
		String.raw`\b(?:year|yr|y|key\s+stage|ks|age(?:\s+of)?|aged|level|step|stage|phase)\s*\d+\b`,
		String.raw`\b\d{1,2}(?:st|nd|rd|th)\s+birthday\b`,
		String.raw`\b\d{1,2}[:.]\d{2}\b`
	].join('|'),
	'gi'
);

/** Whether the words at `match` are part of a date, a year, an age or a school year. */
function saysWhen(text: string, match: PhraseMatch): boolean {
	const from = Math.max(0, match.index - 24);
	const window = text.slice(from, match.end + 24);
	WHEN.lastIndex = 0;
	let when: RegExpExecArray | null;
	while ((when = WHEN.exec(window)) !== null) {
		if (from + when.index <= match.index && from + when.index + when[0].length >= match.end) return true;
	}
	return false;
}

/** Whether `text` carries a measure: a number, a proportion, "independently", "as recorded by…". */
export function givesMeasure(text: string): boolean {
	const notWhen = (match: PhraseMatch) => !/\d/.test(match.phrase) || !saysWhen(text, match);
	return saysHowMuch(text, notWhen) || hasPhrase(text, MEASURE, notWhen);
}

/** Words that promise change without saying how much: "will improve", "will be more confident". */
const CHANGE = String.raw`(?:improve|develop|increase|decrease|reduce|enhance|extend|progress|gain|build\s+(?:on\s+)?(?:\w+\s+)?(?:confidence|skills|resilience)|work\s+(?:on|towards?)|make\s+(?:good\s+|further\s+|expected\s+)?progress|get\s+better\s+at|show\s+(?:an\s+|some\s+)?improvement)`;
/** Promises of change with no measure, as a regular expression source. */
export const MEASURELESS_PHRASES = [
	// An aim rather than something the child will do: "Ben to improve his speech", "Improve reading".
	String.raw`^\s*(?:\w+\s+)?to\s+${CHANGE}`,
	String.raw`(?:will|must|should|shall|can)\s+(?:continue\s+to\s+|begin\s+to\s+|start\s+to\s+)?${CHANGE}`,
	String.raw`will\s+(?:be|become|feel)\s+(?:an?\s+)?(?:(?:more|less)\s+\w+|better|happier|calmer|safer|confident)`,
	// "To manage her autism better": a comparison with nothing to compare against.
	String.raw`(?:more|better)(?=\s*(?:[.!]\s*)?$)`,
	String.raw`will\s+\w+\s+(?:more|less|better)(?=\s+(?:in|with|at|often|and)\b|[.,;]|$)`,
	String.raw`will\s+have\s+(?:improved|increased|developed|better|greater|more)`,
	String.raw`(?:improved|increased|better|greater|developing|improving)\s+(?:\w+\s+){0,2}(?:skills|confidence|understanding|awareness|independence|self-esteem|wellbeing|attention|focus)`,
	String.raw`be\s+(?:more|less)\s+(?:confident|anxious|able|independent|resilient|engaged)`,
	String.raw`(?:reach|achieve|fulfil)\s+(?:his|her|their|my)\s+(?:full\s+)?potential`
].join('|');

/**
 * A short aim, "To know all the colours" or "Improve reading": in so few words it cannot say what the
 * child will do and how anyone will know. Longer aims can ("To learn key quotations for Macbeth…").
 */
const SHORT_AIM = phrasePattern(
	String.raw`^\s*(?:to\s+)?(?:learn|know|understand|be\s+able\s+to|have\s+the)|^\s*${CHANGE}`
);
const SHORT_AIM_WORDS = 11;
/** A target of a handful of words says neither: "Potty trained", "Johnny will answer questions". */
const FEW_WORDS = 5;

function shortAim(text: string): PhraseMatch | undefined {
	// Cheap for long texts: counting stops after the words it needs.
	if (wordCountAbove(text, SHORT_AIM_WORDS + 1)) return undefined;
	const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
	if (words.length > SHORT_AIM_WORDS) return undefined;
	const aim = firstPhrase(text, SHORT_AIM);
	if (aim || words.length > FEW_WORDS || words.length === 0) return aim;
	return wholeText(text);
}

/**
 * The first measureless promise in `text`, when none of `measuredIn` gives a measure, given the first
 * match of `MEASURELESS_PHRASES` in it.
 */
export function measurelessFrom(
	text: string,
	first: PhraseMatch | undefined,
	measuredIn: readonly string[]
): PhraseMatch | undefined {
	const promise = first ?? shortAim(text);
	if (promise === undefined) return undefined;
	return measuredIn.some(givesMeasure) ? undefined : promise;
}
