import * as v from 'valibot';
import { isoDateSchema, stepEntries } from '../plan/schema';

/**
 * One step of an outcome, as its row in the outcome form sends it. Reuses the plan format's own
 * schemas; a blank date is absent (see `blanksAbsent`).
 */
export const stepSchema = v.object({
	text: v.message(stepEntries.text, 'Enter what the step is, in 2,000 characters or fewer'),
	targetDate: v.optional(v.message(isoDateSchema, 'Enter the step’s target date as a real date, like 5 March 2027'))
});

/** A form's strings with blank ones (after trimming) left out, so optional fields read as absent. */
export function blanksAbsent<T extends Record<string, string>>(input: T): { [K in keyof T]?: string } {
	const output: { [K in keyof T]?: string } = {};
	for (const [key, value] of Object.entries(input) as Array<[keyof T, string]>) {
		if (value.trim() !== '') output[key] = value;
	}
	return output;
}
