/**
 * The family's languages: the translation files of the family summary's fixed words, and how dates,
 * numbers and "3 times a week" are said in each, through the platform's `Intl` (full ICU on Node 20).
 */
import type { Period } from '../plan/schema';
import { ar } from './ar';
import { bn } from './bn';
import { es } from './es';
import { lt } from './lt';
import { paGuru } from './pa-guru';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { so } from './so';
import { ur } from './ur';
import { fill, type LanguageFile, type Plurals } from './wording';

/** Every language with a file, the commonest home languages of pupils in England first. */
export const familyLanguages: readonly LanguageFile[] = [pl, ur, paGuru, ro, bn, ar, pt, es, so, lt];

/** The codes, for the select and the form schema. */
export const familyLanguageCodes = familyLanguages.map((file) => file.code);

/** The file for a code, or undefined when there is none. */
export function languageFile(code: string): LanguageFile | undefined {
	return familyLanguages.find((file) => file.code === code);
}

/** The language's name in English ("Punjabi (Gurmukhi)"), from the platform's own list. */
export function englishLanguageName(code: string): string {
	return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
}

/** The language's name in itself ("polski"), for the family to find theirs. */
export function ownLanguageName(code: string): string {
	return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
}

/** An ISO date (`2027-03-14`) as the language writes it ("14 marca 2027"), read as a calendar date. */
export function languageDate(code: string, isoDate: string): string {
	return new Intl.DateTimeFormat(code, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(`${isoDate}T00:00:00Z`)
	);
}

/** A number as the language writes it (Bengali digits in Bengali). */
export function languageNumber(code: string, value: number): string {
	return new Intl.NumberFormat(code).format(value);
}

/** The form of a phrase for this number, by the language's plural rules, with `{count}` filled in. */
export function plural(code: string, forms: Plurals, count: number): string {
	const category = new Intl.PluralRules(code).select(count);
	return fill(forms[category] ?? forms.other, { count: languageNumber(code, count) });
}

/** "3 times a week" in the language, or undefined when the plan gives no number of sessions. */
export function timesPer(
	file: LanguageFile,
	sessions: number | undefined,
	per: Period | undefined
): string | undefined {
	if (sessions === undefined || per === undefined) return undefined;
	return plural(file.code, file.words.timesPer[per], sessions);
}

/** The languages as a select offers them: "Polish (polski)", "Arabic (العربية)". */
export function familyLanguageOptions(): Array<{ value: string; label: string }> {
	return familyLanguages.map(({ code }) => ({
		value: code,
		label: `${englishLanguageName(code)} (${ownLanguageName(code)})`
	}));
}
