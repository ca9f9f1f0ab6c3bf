import { EASY_READ_MOST_WORDS, type SentenceCount } from './sentences';

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "the second", or "sentence 12" past the tenth. */
function nth(index: number): string {
	return ordinals[index] ? `the ${ordinals[index]}` : `sentence ${index + 1}`;
}

/** "6", "6 and 18", "6, 9 and 18". */
function list(items: readonly string[]): string {
	return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * What the writer is told of their Easy Read words: how many sentences, the words in each, and which are
 * too long ("2 sentences: 6 and 18 words — the second is too long"). The same words are shown under the
 * box and said to a screen reader.
 */
export function countSummary(counts: readonly SentenceCount[]): string {
	if (counts.length === 0) return 'No words yet';
	const words = counts.map((count) => String(count.words));
	const head =
		counts.length === 1
			? `1 sentence: ${words[0]} ${words[0] === '1' ? 'word' : 'words'}`
			: `${counts.length} sentences: ${list(words)} words`;
	const long = counts.flatMap((count, index) => (count.words > EASY_READ_MOST_WORDS ? [index] : []));
	if (long.length === 0) return head;
	if (counts.length === 1) return `${head} — it is too long`;
	return `${head} — ${list(long.map(nth))} ${long.length === 1 ? 'is' : 'are'} too long`;
}
