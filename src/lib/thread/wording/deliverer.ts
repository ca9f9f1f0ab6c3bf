/** Who delivers support: a named role, or only "staff", "adults" or "the school". */
import { firstPhrase, hasPhrase, phrasePattern, type PhraseMatch } from './phrase-scan';

/** Roles that say who does it, and with what training. */
const NAMED_ROLE = phrasePattern(
	[
		String.raw`(?:class\s+|form\s+|specialist\s+|subject\s+|maths\s+|english\s+|advisory\s+)?teachers?`,
		String.raw`(?:teaching|learning\s+support|classroom)\s+assistants?|tas?|hltas?|lsas?|sencos?|inclusion\s+lead`,
		String.raw`(?:speech\s+and\s+language\s+|occupational\s+|physio|music\s+|play\s+|art\s+)?therapists?|salts?|slts?|ots?|physios?`,
		String.raw`(?:educational\s+|clinical\s+)?psychologists?|eps?|elsas?|nurses?|counsell?ors?|practitioners?|specialists?`,
		String.raw`key\s*workers?|key\s+persons?|key\s+adults?|(?:learning\s+|peer\s+)?mentors?|coach(?:es)?|tutors?|trainers?`,
		String.raw`(?:social|youth|support|family\s+support)\s+workers?|assistants?|advis[eo]rs?|consultants?|instructors?`,
		String.raw`head\s+of\s+year|pastoral\s+lead|trained|qualified`
	].join('|')
);

/** Whether `text` names who delivers the support: "a trained teaching assistant", "the SENCo". */
export function namesDeliverer(text: string): boolean {
	return hasPhrase(text, NAMED_ROLE);
}

/** "The school will", "staff will", "adults to": who, with what training? */
const UNNAMED = phrasePattern(
	[
		String.raw`(?:the\s+)?(?:school|setting|college|nursery|academy|provider|class)\s+(?:will|to|should|can|may)`,
		String.raw`(?:all\s+|school\s+|the\s+|relevant\s+|familiar\s+|key\s+)?(?:staff|adults?)\s+(?:will|to|should|can|may|must|need\s+to)`,
		String.raw`(?:supported|delivered|provided|led|run|monitored|overseen)\s+by\s+(?:school\s+|all\s+|the\s+|familiar\s+)?(?:staff|adults|school|setting)`,
		String.raw`(?:an?\s+)?(?:member|members)\s+of\s+staff`
	].join('|')
);

/** The first words of `text` that leave the deliverer unnamed, if it names no role anywhere. */
export function findUnnamedDeliverer(text: string): PhraseMatch | undefined {
	if (namesDeliverer(text)) return undefined;
	return firstPhrase(text, UNNAMED);
}

const GENERIC =
	/^\s*(?:the\s+)?(?:whole\s+|all\s+|class\s+|school\s+|setting\s+|hub\s+)?(?:school|setting|college|nursery|academy|staff|adults?|team|provider)(?:\s+staff)?\s*$/i;

/** Whether a "delivered by" field says only "staff", "the school" or the like. */
export function isGenericDeliverer(deliveredBy: string): boolean {
	return GENERIC.test(deliveredBy);
}

const STAFF_ONLY = /\b(?:staff|adults?|school|setting)\b/i;

/** Whether `text` speaks of "staff", "adults", "the school" or "the setting". */
export function mentionsStaffOnly(text: string): boolean {
	return STAFF_ONLY.test(text);
}
