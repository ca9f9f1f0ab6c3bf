/**
 * Items in the wrong layer: an outcome that is really provision ("Sarah will receive speech therapy"
 * says what she gets, not what she will be able to do), and provision that is really an outcome
 * ("Sarah will be able to read 100 words" says what she will achieve, not what anyone provides).
 */
import { mentionsStaffOnly, namesDeliverer } from './deliverer';
import { firstPhrase, phrasePattern, wordCountAbove, type PhraseMatch } from './phrase-scan';

/** Support received or given, as a regular expression source. */
export const RECEIVING_PHRASES = [
	String.raw`(?:will|to)\s+(?:continue\s+to\s+)?(?:receive|be\s+given|be\s+provided(?:\s+with)?|be\s+offered|have\s+access\s+to|be\s+allocated|be\s+supported|be\s+helped|get\s+(?:support|help|access|\d+|a\s+ta|an\s+adult))`,
	String.raw`(?:will|to)\s+(?:continue\s+to\s+)?(?:attend|have)\s+(?:weekly\s+|regular\s+|daily\s+)?(?:\d+\s+|a\s+|an\s+)?(?:sessions?|therapy|speech\s+and\s+language\s+therapy|intervention|interventions|1:1|one-to-one|ta\s+support|adult\s+support)`,
	// Support given: "To provide Emily with…", "the provision of three hours of therapy".
	String.raw`^\s*to\s+provide|the\s+provision\s+of`
].join('|');
// A few words naming a service and nothing the child does: "5 hours of TA support", "short breaks".
const SERVICE = phrasePattern(
	String.raw`(?:\w+\s+)?(?:therapy|support|sessions?|breaks|intervention|programme|provision|respite)(?=\s*(?:[.!]\s*)?$)`
);
const SERVICE_WORDS = 8;
const STATEMENT = /\b(?:will|to|can|could|shall|should|is|are|has|have)\b/i;
const FIRST_WILL = phrasePattern(String.raw`will`);

/** The words before the first "will", when they name who delivers: "Staff will", "The therapist will". */
function delivererAsSubject(text: string): PhraseMatch | undefined {
	// Six words or fewer before "will" fit well within the first 120 characters.
	const will = firstPhrase(text.slice(0, 120), FIRST_WILL);
	if (will === undefined) return undefined;
	const lead = text.slice(0, will.index).trim();
	if (lead === '' || wordCountAbove(lead, 6)) return undefined;
	if (!namesDeliverer(lead) && !mentionsStaffOnly(lead) && !/\bcoordinator\b/i.test(lead)) return undefined;
	const index = text.indexOf(lead);
	const phrase = `${lead} will`;
	return { phrase, key: phrase.toLowerCase(), index, end: will.end };
}

/**
 * The first words of an outcome or step that describe support received ("will receive"), support
 * given ("To provide…", "Staff will…"), or only name a service ("5 hours of TA support"), given the
 * first match of `RECEIVING_PHRASES` in it.
 */
export function receivingFrom(text: string, first: PhraseMatch | undefined): PhraseMatch | undefined {
	const found = first ?? delivererAsSubject(text);
	if (found || STATEMENT.test(text) || wordCountAbove(text, SERVICE_WORDS)) return found;
	return firstPhrase(text, SERVICE);
}

const ACHIEVING = phrasePattern(
	String.raw`(?:will|^\s*to)\s+(?:be\s+able\s+to|achieve|improve|increase|develop|learn\s+to|make\s+(?:good\s+|further\s+|expected\s+)?progress|become|gain|demonstrate|be\s+more|feel\s+more|reach)`
);

/**
 * The first words of a provision that describe what the child will achieve, when they open the
 * item: "Sam will improve his reading", "To develop Sarah's social skills". Purpose clauses after
 * the provision ("…so that Amara hears their voice clearly") are how good provision explains itself,
 * and "staff will develop a timetable" is provision.
 */
export function findAchievingPhrase(text: string): PhraseMatch | undefined {
	return firstPhrase(text, ACHIEVING, (match) => {
		const before = text.slice(0, match.index);
		const sentenceStart = Math.max(...['.', '!', '?', ';', ':'].map((mark) => before.lastIndexOf(mark))) + 1;
		const lead = before.slice(sentenceStart).trim();
		if (wordCountAbove(lead, 4)) return false;
		if (lead !== '' && namesDeliverer(lead)) return false;
		return !mentionsStaffOnly(lead) && !/\bwe\b/i.test(lead);
	});
}
