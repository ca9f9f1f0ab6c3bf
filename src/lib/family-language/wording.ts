/**
 * The fixed words of the family summary, in English: the ONE source every language's file is typed
 * from, so a language missing a key (or a plural form's `other`) does not compile. `{name}`, `{date}`,
 * `{count}` and the like are filled in by `fill`.
 */
import type { Period } from '../plan/schema';

/** A phrase that changes with a number: one text per plural category the language uses. */
export type Plurals = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export const english = {
	title: 'A summary of {name}’s plan for the family',
	translationNotice: 'This is a translation. The English plan is the one that counts.',
	notChecked: 'This translation has not yet been checked by a fluent speaker.',
	made: 'Made on {date}.',
	page: 'Page {page} of {pages}',
	aboutChild: 'About {name}',
	inOwnWords: 'In {name}’s own words',
	hope: 'Hope {number}',
	hopes: 'Hopes',
	noHopes: 'No hopes have been written down yet.',
	whatMakesItHard: 'What makes it hard',
	workingTowards: 'What we are working towards',
	help: 'The help {name} gets',
	alsoInPlan: 'Also in the plan',
	byDate: 'By {date}.',
	howWeWillKnow: 'How we will know:',
	step: 'A step on the way:',
	givenBy: 'Given by:',
	lookedAtAgain: 'When the plan is looked at again',
	reviewOn: 'The plan will be looked at again on {date}.',
	noReviewDate: 'No date has been set yet to look at the plan again.',
	whoToContact: 'Who to contact',
	translatedBy: 'Translated by {name} on {date}.',
	noTranslation: 'Not yet translated: ask the school for an interpreter.',
	timesPer: {
		day: { one: 'once a day', other: '{count} times a day' },
		week: { one: 'once a week', other: '{count} times a week' },
		month: { one: 'once a month', other: '{count} times a month' },
		term: { one: 'once a term', other: '{count} times a term' },
		year: { one: 'once a year', other: '{count} times a year' }
	} satisfies Record<Period, Plurals>,
	minutes: { one: '{count} minute each time', other: '{count} minutes each time' } satisfies Plurals
} as const;

type Phrases = typeof english;

/** Every key of the English source, its value a string, or plural forms (every category the language needs). */
export type Wording = {
	[K in keyof Phrases]: Phrases[K] extends string
		? string
		: Phrases[K] extends Record<Period, Plurals>
			? Record<Period, Plurals>
			: Plurals;
};

/** One language's file: its words, and who checked them with the date (null until a fluent speaker has). */
export interface LanguageFile {
	code: string;
	direction: 'ltr' | 'rtl';
	checkedBy: string | null;
	checkedOn: string | null;
	words: Wording;
}

/** `{name}` and the like filled in; a placeholder with no value is left as written, so a test sees it. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
		const value = values[key];
		return value === undefined ? whole : String(value);
	});
}
