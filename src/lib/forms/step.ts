import * as v from 'valibot';
import { stepEntries } from '../plan/schema';
import { optionalDateInput } from './date-input';
import { textMessage } from './fields';

/**
 * One step of an outcome, as its row in the outcome form sends it. Reuses the plan format's own
 * schemas; three empty date boxes are no date.
 */
export const stepSchema = v.object({
	text: v.message(stepEntries.text, textMessage('Enter what the step is', 'The step')),
	targetDate: optionalDateInput('Target date')
});

/**
 * A form's strings with the blank (after trimming) `optional` fields left out, so that they read as
 * absent; a blank required field stays '' and gets its own message.
 */
export function blanksAbsent<T extends Record<string, unknown>>(
	input: T,
	optional: readonly string[]
): { [K in keyof T]?: T[K] } {
	const output: { [K in keyof T]?: T[K] } = {};
	for (const [key, value] of Object.entries(input) as Array<[keyof T, T[keyof T]]>) {
		const blank = typeof value === 'string' && value.trim() === '';
		if (!blank || !optional.includes(key as string)) output[key] = value;
	}
	return output;
}
