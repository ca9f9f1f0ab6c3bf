import * as v from 'valibot';
import { familyLanguageCodes } from '../family-language';
import { dateInput } from './date-input';
import { requiredFreeText } from './free-text';
import { revisionField } from './child-details';

/**
 * The family's language on the child: one of the languages with a translation file, or none; whether
 * they need an interpreter; and what the form showed, so a change made meanwhile is not overwritten.
 */
export const familyLanguageSchema = v.object({
	language: v.union(
		[v.literal(''), v.picklist(familyLanguageCodes)],
		'Select the family’s language from the list, or “Not recorded”'
	),
	needsInterpreter: v.picklist(['yes', 'no'], 'Select whether the family needs an interpreter'),
	shown: v.string()
});
export type FamilyLanguageInput = v.InferOutput<typeof familyLanguageSchema>;

/** What the language form shows of the child's row, for telling whether it changed meanwhile. */
export function familyLanguageShown(child: { family_language: string | null; needs_interpreter: number }): string {
	return `${child.family_language ?? ''}|${child.needs_interpreter}`;
}

/** An interpreter's translation of one item, typed in by the team; `today` bounds the date. */
export function itemTranslationSchema(today: string) {
	return v.object({
		itemId: v.pipe(v.string(), v.nonEmpty('Choose an item to translate')),
		languageCode: v.picklist(familyLanguageCodes, 'Select a language from the list'),
		text: requiredFreeText('The translation', 'Enter the translation'),
		translatedByName: requiredFreeText('The interpreter’s name', 'Enter the interpreter’s name', 200),
		translatedOn: dateInput('Date translated', {
			rules: [{ holds: (date) => date <= today, message: 'Date translated must be today or in the past' }]
		}),
		revision: revisionField
	});
}
export type ItemTranslationInput = v.InferOutput<ReturnType<typeof itemTranslationSchema>>;

/** The family summary's language, from the download form's select. */
export const familySummaryQuerySchema = v.object({
	language: v.picklist(familyLanguageCodes, 'Choose a language from the list for the family summary')
});
