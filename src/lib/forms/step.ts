import * as v from 'valibot';
import { isoDateSchema, stepEntries } from '../plan/schema';

/**
 * One step of an outcome, as its row in the outcome form sends it. Reuses the plan format's own
 * schemas; a blank date is absent (see `blanksAbsent`).
 */
export const stepSchema = v.object({
	text: v.message(stepEntries.text, textMessage('Enter what the step is', 'The step')),
	targetDate: v.optional(v.message(isoDateSchema, 'Enter the step’s target date as a real date, like 5 March 2027'))
});

/**
 * A form's strings with the blank (after trimming) `optional` fields left out, so that they read as
 * absent; a blank required field stays '' and gets its own message.
 */
export function blanksAbsent<T extends Record<string, string>>(
	input: T,
	optional: readonly string[]
): { [K in keyof T]?: string } {
	const output: { [K in keyof T]?: string } = {};
	for (const [key, value] of Object.entries(input) as Array<[keyof T, string]>) {
		if (value.trim() !== '' || !optional.includes(key as string)) output[key] = value;
	}
	return output;
}

/**
 * The message for a text field checked by the core's `textSchema`: what to enter when it is blank, or
 * that it is too long ("The aspiration must be 2,000 characters or fewer").
 */
export function textMessage(enter: string, name: string) {
	return (issue: v.BaseIssue<unknown>) =>
		issue.type === 'max_length' ? `${name} must be 2,000 characters or fewer` : enter;
}
