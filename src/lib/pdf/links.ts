/**
 * How an item names the items it is linked to: by number, and, when there are only a few, with the
 * start of their words, so that a reader need not turn back ("Aspiration 1: “I want to have
 * friends.”"). Many links print as a compact list of numbers ("Outcomes 1 to 12 and 15").
 */
import type { Numbered } from './references';
import { joinNumbers, shorten } from './text';

/** At most this many links are written out with their words; more are listed by number only. */
export const LINKS_WITH_WORDS = 3;

/** How long the words quoted for a link may be. */
export const LINK_WORDS_LENGTH = 90;

/**
 * The lines naming linked items: `Need 2: Sarah can be socially…` for each of a few, or one line
 * `Needs 1 to 3 and 5` for many. `numbers` are the linked items' numbers, in order.
 */
export function linkLines<T extends { text: string }>(
	noun: string,
	nounPlural: string,
	numbers: readonly number[],
	list: readonly Numbered<T>[],
	quote = false,
	wordsLength = LINK_WORDS_LENGTH
): string[] {
	if (numbers.length === 0) return [];
	if (numbers.length > LINKS_WITH_WORDS) return [`${nounPlural} ${joinNumbers(numbers)}`];
	return numbers.map((number) => {
		const words = list[number - 1]?.item.text;
		if (words === undefined) return `${noun} ${number}`;
		const short = shorten(words, wordsLength);
		return `${noun} ${number}: ${quote ? `“${short}”` : short}`;
	});
}
