/**
 * The Easy Read rule every line is held to: short sentences (the Department of Health's 2010 guidance
 * and Mencap's "Am I making myself clear?" both say at most 15 words). Sentences and words are found by
 * the platform's own segmenter, so "3 times a week." is four words and "Sarah's" one.
 */

/** The most words an Easy Read sentence may have. */
export const EASY_READ_MOST_WORDS = 15;

/** A sentence and how many words it has. */
export interface SentenceCount {
	sentence: string;
	words: number;
}

const sentenceSegmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en-GB', { granularity: 'word' });

/** How many words `text` has (numbers count as words; punctuation does not). */
export function wordCount(text: string): number {
	let count = 0;
	for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) count += 1;
	return count;
}

/**
 * Each sentence of `text` with its word count. A new line also ends a sentence, since Easy Read puts one
 * idea on each line and a line often has no full stop.
 */
export function sentenceCounts(text: string): SentenceCount[] {
	return text
		.split(/\r?\n/)
		.flatMap((line) => [...sentenceSegmenter.segment(line)].map((segment) => segment.segment.trim()))
		.filter((sentence) => wordCount(sentence) > 0)
		.map((sentence) => ({ sentence, words: wordCount(sentence) }));
}

/** The sentences of `text` that are longer than Easy Read allows. */
export function longSentences(text: string): SentenceCount[] {
	return sentenceCounts(text).filter((count) => count.words > EASY_READ_MOST_WORDS);
}

/** Whether `text` keeps the Easy Read rule: some words, and no sentence over 15 words. */
export function keepsEasyReadRule(text: string): boolean {
	const counts = sentenceCounts(text);
	return counts.length > 0 && counts.every((count) => count.words <= EASY_READ_MOST_WORDS);
}
