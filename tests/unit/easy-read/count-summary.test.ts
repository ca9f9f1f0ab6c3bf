import { describe, expect, it } from 'vitest';
import { countSummary } from '$lib/easy-read/count-summary';
import { sentenceCounts } from '$lib/easy-read/sentences';

const summary = (text: string) => countSummary(sentenceCounts(text));
const eighteen = 'I go to the speech room with Miss Hart and two friends every Tuesday after lunch.';

describe('the Easy Read count summary', () => {
	it('says how many sentences, the words in each, and which are too long', () => {
		expect(summary('')).toBe('No words yet');
		expect(summary('Hello.')).toBe('1 sentence: 1 word');
		expect(summary('I like art.')).toBe('1 sentence: 3 words');
		expect(sentenceCounts(eighteen)[0]?.words).toBe(16);
		expect(summary(eighteen)).toBe('1 sentence: 16 words — it is too long');
		expect(summary(`I want to go to college.\n${eighteen}`)).toBe(
			'2 sentences: 6 and 16 words — the second is too long'
		);
		expect(summary(`${eighteen} I like art. ${eighteen}`)).toBe(
			'3 sentences: 16, 3 and 16 words — the first and the third are too long'
		);
	});

	it('names sentences past the tenth by number', () => {
		expect(summary(`${'I am. '.repeat(11)}${eighteen}`)).toMatch(/— sentence 12 is too long$/);
	});
});
