/**
 * Support without substance: "support with…", "strategies to…", "help with…", "work on…", "input
 * from…" name a kind of help without saying what it is, who gives it or how much there is.
 */
import { firstPhrase, phrasePattern, type PhraseMatch } from './phrase-scan';

const SUPPORT = phrasePattern(
	[
		String.raw`support(?:ed)?\s+(?:with|for|to|from|in|around|when)`,
		String.raw`support\s+\w+\s+(?:with|to|in)`,
		String.raw`(?:adult|additional|extra|targeted|individual|individualised|specialist|1:1|one-to-one|small\s+group|ta|emotional|pastoral|sensory)\s+support`,
		String.raw`strateg(?:y|ies)\s+(?:to|for)|help(?:ed)?\s+(?:with|to)|work\s+on|input\s+(?:from|on)|advice\s+(?:from|on)`,
		String.raw`(?:programmes?|interventions?)\s+(?:tailored|appropriate|suited)\s+to`,
		String.raw`(?:requires?|needs?)\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:programmes?|interventions?|support)`
	].join('|')
);

/** The first words of `text` that name support without its substance. */
export function findSupportPhrase(text: string): PhraseMatch | undefined {
	return firstPhrase(text, SUPPORT);
}
