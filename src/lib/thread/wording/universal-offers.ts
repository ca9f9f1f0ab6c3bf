/**
 * Universal offers: what every pupil gets, written as if it were provision for this child (Code of
 * Practice 6.37 and 9.69: special educational provision is additional to or different from it).
 */
import { firstPhrase, phrasePattern, type PhraseMatch } from './phrase-scan';

const UNIVERSAL = phrasePattern(
	[
		String.raw`differentiat(?:ed|ion|e|ing)`,
		String.raw`quality[- ]first(?:\s+teaching)?|high[- ]quality\s+teaching|good\s+(?:quality\s+)?teaching(?:\s+practice)?`,
		String.raw`access\s+to\s+(?:the\s+|a\s+)?(?:full\s+|whole\s+|broad\s+(?:and\s+balanced\s+)?|national\s+)?curriculum`,
		String.raw`(?:a\s+)?(?:supportive|nurturing|inclusive|safe\s+and\s+supportive|sympathetic|appropriate|suitable|structured|calm)\s+(?:learning\s+|classroom\s+|school\s+)?(?:environment|ethos|classroom|setting)`,
		String.raw`(?:an?\s+)?environment\s+(?:sympathetic|suited|suitable|appropriate|conducive)\s+to`,
		String.raw`inclusive\s+(?:practice|teaching)|ordinarily\s+available(?:\s+provision)?|universal\s+(?:provision|offer|support)`,
		String.raw`(?:usual|normal|standard)\s+(?:school|class(?:room)?)\s+(?:provision|support|arrangements|practice)`,
		String.raw`whole[- ]class\s+(?:teaching|strategies|support)|reasonable\s+adjustments`
	].join('|')
);

/** The first universal offer in `text`. */
export function findUniversalOffer(text: string): PhraseMatch | undefined {
	return firstPhrase(text, UNIVERSAL);
}
