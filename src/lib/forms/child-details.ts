import * as v from 'valibot';
import { childEntries, textSchema } from '$lib/plan/schema';
import { dateInput } from './date-input';
import { textMessage } from './fields';

/**
 * A field that may be left empty: '' (or only spaces) becomes undefined; anything else must pass `schema`.
 */
export function blankable<const TSchema extends v.GenericSchema<string, unknown>>(schema: TSchema) {
	return v.pipe(
		v.string(),
		v.trim(),
		v.transform((value) => (value === '' ? undefined : value)),
		v.optional(schema)
	);
}

/** The child's details, as the "Start a plan" and "Child's details" forms ask for them; `today` bounds the date of birth. */
export function childDetailsEntries(today: string) {
	return {
		firstName: v.message(childEntries.firstName, textMessage("Enter the child's first name", "The child's first name")),
		lastName: v.message(childEntries.lastName, textMessage("Enter the child's last name", "The child's last name")),
		knownAs: blankable(v.message(textSchema, 'The name they are known by must be 2,000 characters or fewer')),
		dateOfBirth: dateInput('Date of birth', {
			rules: [{ holds: (date) => date <= today, message: 'Date of birth must be today or in the past' }]
		}),
		pronouns: blankable(v.message(textSchema, 'Pronouns must be 2,000 characters or fewer')),
		setting: blankable(v.message(textSchema, 'The setting must be 2,000 characters or fewer'))
	};
}

/** How the child communicates: optional, kept on the child. */
export const communicationField = blankable(
	v.message(textSchema, 'How they communicate must be 2,000 characters or fewer')
);

/** The "Child's details" form on the plan's details page. */
export function childDetailsSchema(today: string) {
	return v.object({ ...childDetailsEntries(today), revision: revisionField });
}
export type ChildDetailsInput = v.InferOutput<ReturnType<typeof childDetailsSchema>>;

/** The hidden revision a change was based on. */
export const revisionField = v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0));
