import { describe, expect, it } from 'vitest';
import { keepsEasyReadRule, longSentences, sentenceCounts, wordCount } from '../../../src/lib/easy-read/sentences';

describe('Easy Read sentences', () => {
	it('counts words as a reader would: numbers are words, punctuation is not', () => {
		expect(wordCount('I see Priya 3 times a week.')).toBe(7);
		expect(wordCount("Sarah's mum — and me!")).toBe(4);
		expect(wordCount(' … ')).toBe(0);
	});

	it('ends a sentence at a full stop and at a new line', () => {
		expect(sentenceCounts('I like drawing. I want to go to college!\nI find noise hard')).toEqual([
			{ sentence: 'I like drawing.', words: 3 },
			{ sentence: 'I want to go to college!', words: 6 },
			{ sentence: 'I find noise hard', words: 4 }
		]);
	});

	it('holds each sentence to 15 words', () => {
		const fifteen = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.';
		expect(keepsEasyReadRule(fifteen)).toBe(true);
		expect(keepsEasyReadRule(`${fifteen.slice(0, -1)} sixteen. Short.`)).toBe(false);
		expect(longSentences(`Short. ${fifteen.slice(0, -1)} sixteen.`)).toEqual([
			{ sentence: `${fifteen.slice(0, -1)} sixteen.`, words: 16 }
		]);
		expect(keepsEasyReadRule('   ')).toBe(false);
	});
});
