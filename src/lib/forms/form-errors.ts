import * as v from 'valibot';
import { datePartKey } from './date-input';

/** Field name → its first problem, the shape the error summary and each field's message read. */
export type FormErrors = Record<string, string>;

/**
 * Turns valibot's issues into one plain message per field, in the order the fields failed. A date
 * input's problem is keyed by the box to put right (`dateOfBirth-month`), the id the summary links to.
 */
export function formErrors(issues: readonly v.BaseIssue<unknown>[]): FormErrors {
	const flat = v.flatten(issues as [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]);
	const errors: FormErrors = {};
	for (const [field, messages] of Object.entries(flat.nested ?? {})) {
		if (messages?.[0]) errors[datePartKey(field)] = messages[0];
	}
	if (flat.root?.[0]) errors.form = flat.root[0];
	return errors;
}

/** A form's fields as strings, as the browser sent them (a POST's body or a GET's query); files and passwords are left out. */
export function formValues(data: FormData | URLSearchParams, omit: readonly string[] = []): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of data) {
		if (typeof value === 'string' && !omit.includes(key)) values[key] = value;
	}
	return values;
}
