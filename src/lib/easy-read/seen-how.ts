import * as v from 'valibot';
import { formatUkDate, type IsoDate } from '../dates';
import type { ChildPronouns } from '../plan/pronouns';

/**
 * How the child was shown their plan. The picklist is the one source of the type: the form, the table's
 * column and the words on the history and review pages all come from it.
 */
export const seenHowSchema = v.picklist(
	['easy-read', 'read-to-them', 'symbols', 'own-language'],
	'Select how they were shown their plan'
);

export type SeenHow = v.InferOutput<typeof seenHowSchema>;

/** Each way as the form offers it. */
export const seenHowLabels: Readonly<Record<SeenHow, string>> = {
	'easy-read': 'In Easy Read',
	'read-to-them': 'Read to them',
	symbols: 'With symbols',
	'own-language': 'In their own language'
};

/** Each way as a sentence says it of the child ("saw her plan … read to her"). */
const phrases: Readonly<Record<SeenHow, (pronouns: ChildPronouns) => string>> = {
	'easy-read': () => 'in Easy Read',
	'read-to-them': (pronouns) => `read to ${pronouns.object}`,
	symbols: () => 'with symbols',
	'own-language': (pronouns) => `in ${pronouns.possessive} own language`
};

/**
 * A time the child saw their plan, as the history and the review say it: "Sarah saw her plan on
 * 5 December 2026, in Easy Read, and said: “I like the bit about college.”"
 */
export function seenSentence(
	pronouns: ChildPronouns,
	seen: { seen_on: string; how: SeenHow; said: string | null }
): string {
	const said = seen.said ? `, and said: “${seen.said}”` : '.';
	return `${pronouns.name} saw ${pronouns.possessive} plan on ${formatUkDate(seen.seen_on as IsoDate)}, ${phrases[seen.how](pronouns)}${said}`;
}
