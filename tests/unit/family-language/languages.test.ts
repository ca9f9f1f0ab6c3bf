import { describe, expect, it } from 'vitest';
import {
	englishLanguageName,
	familyLanguages,
	languageDate,
	languageNumber,
	plural,
	timesPer
} from '../../../src/lib/family-language';
import { english, type Plurals } from '../../../src/lib/family-language/wording';

/** Every plural table in a wording, by where it sits ("timesPer.week", "minutes"). */
function pluralTables(words: object, at = ''): Array<[string, Plurals]> {
	return Object.entries(words).flatMap(([key, value]): Array<[string, Plurals]> => {
		if (typeof value === 'string') return [];
		const where = at ? `${at}.${key}` : key;
		return 'other' in value ? [[where, value as Plurals]] : pluralTables(value as object, where);
	});
}

/** Every string in a wording, plural forms included. */
function strings(words: object): string[] {
	return Object.values(words).flatMap((value) => (typeof value === 'string' ? [value] : strings(value as object)));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the translation files of the family summary', () => {
	it('are the ten commonest home languages of pupils in England, each once', () => {
		expect(familyLanguages.map((file) => file.code).sort()).toEqual(
			['ar', 'bn', 'es', 'lt', 'pa-Guru', 'pl', 'pt', 'ro', 'so', 'ur'].sort()
		);
	});

	it.each(familyLanguages.map((file) => [file.code, file] as const))('%s has every key of the English', (_, file) => {
		expect(Object.keys(file.words).sort()).toEqual(Object.keys(english).sort());
		expect(Object.keys(file.words.timesPer).sort()).toEqual(Object.keys(english.timesPer).sort());
		for (const text of strings(file.words)) expect(text.trim()).not.toBe('');
	});

	it.each(familyLanguages.map((file) => [file.code, file] as const))(
		'%s has every plural form its plural rules need, and no other',
		(code, file) => {
			const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories.slice().sort();
			for (const [where, forms] of pluralTables(file.words)) {
				expect({ where, forms: Object.keys(forms).sort() }).toEqual({ where, forms: needed });
			}
		}
	);

	it.each(familyLanguages.map((file) => [file.code, file] as const))(
		'%s keeps the English placeholders in each phrase (a number may be written out in the "one" form)',
		(_, file) => {
			const source = english as Record<string, unknown>;
			for (const [key, value] of Object.entries(file.words)) {
				if (typeof value === 'string')
					expect({ key, got: placeholders(value) }).toEqual({ key, got: placeholders(source[key] as string) });
			}
			for (const [where, forms] of pluralTables(file.words))
				for (const [category, text] of Object.entries(forms))
					if (category !== 'one' && category !== 'two')
						expect({ where, category, got: placeholders(text) }).toEqual({ where, category, got: ['count'] });
		}
	);

	it('are all unchecked by a fluent speaker so far: written by the team, each says so', () => {
		for (const file of familyLanguages)
			expect([file.code, file.checkedBy, file.checkedOn]).toEqual([file.code, null, null]);
	});

	it('set Arabic and Urdu right to left, the others left to right', () => {
		expect(familyLanguages.filter((file) => file.direction === 'rtl').map((file) => file.code)).toEqual(['ur', 'ar']);
	});
});

describe('dates, numbers and how often, in the family’s language', () => {
	it('write dates as words in each language', () => {
		expect(languageDate('pl', '2027-03-14')).toBe('14 marca 2027');
		expect(languageDate('ar', '2027-03-14')).toBe('14 مارس 2027');
		expect(languageDate('bn', '2027-03-14')).toBe('১৪ মার্চ, ২০২৭');
		expect(languageDate('lt', '2027-03-14')).toBe('2027 m. kovo 14 d.');
		expect(languageDate('es', '2027-03-14')).toBe('14 de marzo de 2027');
	});

	it('give the date the plan says, wherever the server is', () => {
		expect(languageDate('pl', '2027-01-01')).toBe('1 stycznia 2027');
		expect(languageDate('pl', '2027-12-31')).toBe('31 grudnia 2027');
	});

	it('write numbers in the language’s digits', () => {
		expect(languageNumber('bn', 3)).toBe('৩');
		expect(languageNumber('pl', 3)).toBe('3');
	});

	it('say "3 times a week" by the language’s plural rules', () => {
		const file = (code: string) => familyLanguages.find((each) => each.code === code)!;
		expect(timesPer(file('pl'), 1, 'week')).toBe('raz w tygodniu');
		expect(timesPer(file('pl'), 3, 'week')).toBe('3 razy w tygodniu');
		expect(timesPer(file('lt'), 3, 'week')).toBe('3 kartus per savaitę');
		expect(timesPer(file('lt'), 12, 'week')).toBe('12 kartų per savaitę');
		expect(timesPer(file('lt'), 21, 'week')).toBe('21 kartą per savaitę');
		expect(timesPer(file('ar'), 2, 'week')).toBe('مرتين في الأسبوع');
		expect(timesPer(file('ar'), 3, 'week')).toBe('3 مرات في الأسبوع');
		expect(timesPer(file('ar'), 11, 'week')).toBe('11 مرة في الأسبوع');
		expect(timesPer(file('ro'), 20, 'day')).toBe('de 20 de ori pe zi');
		expect(timesPer(file('bn'), 3, 'week')).toBe('সপ্তাহে ৩ বার');
		expect(timesPer(file('pl'), 3, undefined)).toBeUndefined();
		expect(plural('pl', file('pl').words.minutes, 25)).toBe('25 minut za każdym razem');
	});

	it('name each language in English from the platform’s list', () => {
		expect(englishLanguageName('pa-Guru')).toBe('Punjabi (Gurmukhi)');
		expect(englishLanguageName('pl')).toBe('Polish');
	});
});
