/**
 * How an item names the items it is linked to: by number, and, when there are only a few, with their
 * words in full, so that a reader need not turn back ("Aspiration 1: “I want to have friends.”").
 * Words are never cut short: an item too long to quote is named by its number alone ("Need 3"), and
 * many links print as a compact list of numbers ("Outcomes 1 to 12 and 15").
 */
import type { Need } from '../plan/document';
import { areaOfNeedLabels } from '../plan/labels';
import type { Numbered } from './references';
import { joinNumbers } from './text';

/** At most this many links are written out with their words; more are listed by number only. */
export const LINKS_WITH_WORDS = 3;

/** The longest words quoted in full for a link; a longer item is named by its number alone. */
export const LINK_WORDS_LENGTH = 300;

/**
 * The lines naming linked items: `Need 2: Sarah can be socially vulnerable…` (the whole need) for
 * each of a few, or one line `Needs 1 to 3 and 5` for many. `numbers` are the linked items' numbers,
 * in order.
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
		if (words === undefined || words.length > wordsLength) return `${noun} ${number}`;
		return `${noun} ${number}: ${quote ? `“${words}”` : words}`;
	});
}

/**
 * The lines naming linked needs by number and area, never by their words, which are set out in full
 * in the Needs section: `Need 2: Social, emotional and mental health` for each of a few, or one line
 * `Needs 1 to 3 and 5` for many.
 */
export function needLines(numbers: readonly number[], needs: readonly Numbered<Need>[]): string[] {
	if (numbers.length > LINKS_WITH_WORDS) return [`Needs ${joinNumbers(numbers)}`];
	return numbers.map((number) => {
		const need = needs[number - 1]?.item;
		return need ? `Need ${number}: ${areaOfNeedLabels[need.area]}` : `Need ${number}`;
	});
}
