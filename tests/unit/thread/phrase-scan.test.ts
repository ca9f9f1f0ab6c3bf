import { describe, expect, it } from 'vitest';
import { HEDGE_PHRASES } from '$lib/thread/wording/hedges';
import { RECEIVING_PHRASES } from '$lib/thread/wording/layer-confusion';
import { MEASURELESS_PHRASES } from '$lib/thread/wording/measure';
import { phraseKinds, phrasePattern, scanKinds, scanPhrases } from '$lib/thread/wording/phrase-scan';
import { loadCorpus } from '../../fixtures/wording/corpus';

const sources = { receiving: RECEIVING_PHRASES, measureless: MEASURELESS_PHRASES, hedge: HEDGE_PHRASES };
const kinds = phraseKinds(sources);
const patterns = Object.fromEntries(Object.entries(sources).map(([kind, source]) => [kind, phrasePattern(source)]));

const texts = [
	...loadCorpus().map((entry) => entry.text),
	'Sarah will receive some help, may be given up to 3 sessions and should improve.',
	'İİİ then some; Ümay mayé someö will be more confident.',
	'Sarah should improve her reading: she may, as needed, get access to the Hub regularly.',
	'To improve reading',
	''
];

describe('scanKinds', () => {
	it.each(texts)('finds in one pass what scanPhrases finds kind by kind: %s', (text) => {
		const found = scanKinds(text, kinds);
		for (const [kind, pattern] of Object.entries(patterns)) {
			expect(found.get(kind as keyof typeof sources), kind).toEqual(scanPhrases(text, pattern));
		}
	});
});
