import * as v from 'valibot';

/** Building blocks of the form schemas, each with a plain-English message. */

/** A required line of text, trimmed, up to `max` characters. */
/**
 * A short text that must be given: "Enter their role, for example Speech and language therapist" when
 * blank, "Their role must be 200 characters or fewer" when too long (the example is no help there).
 */
export function requiredText(label: string, { example, max = 200 }: { example?: string; max?: number } = {}) {
	const enter = `Enter ${label}${example ? `, for example ${example}` : ''}`;
	return v.pipe(
		v.string(enter),
		v.trim(),
		v.nonEmpty(enter),
		v.maxLength(max, `${capitalise(label)} must be ${max} characters or fewer`)
	);
}

export const emailField = v.pipe(
	v.string('Enter an email address'),
	v.trim(),
	v.nonEmpty('Enter an email address'),
	v.maxLength(254, 'Email address must be 254 characters or fewer'),
	v.email('Enter an email address in the correct format, like name@example.org'),
	v.toLowerCase()
);

/** A choice from a fixed list; the message says what to do. */
export function choice<const T extends readonly [string, ...string[]]>(options: T, message: string) {
	return v.picklist(options, message);
}

/** A choice from a fixed list that may be left unmade: none chosen (sent empty) is null. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(options: T, message?: string) {
	return v.union(
		[
			v.picklist(options),
			v.pipe(
				v.literal(''),
				v.transform(() => null)
			)
		],
		message
	);
}

/**
 * The message for a required text field checked by the core's `textSchema`: what to enter when it is
 * blank (or not sent), else that it is too long ("The aspiration must be 2,000 characters or fewer").
 * One message for both would tell someone who left the field empty about a limit of 2,000 characters.
 */
export function textMessage(enter: string, name: string) {
	return (issue: v.BaseIssue<unknown>) =>
		issue.type === 'max_length' ? `${name} must be 2,000 characters or fewer` : enter;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
