import * as v from 'valibot';
import { textMessage } from './step';
import { isoDateSchema, outcomeEntries, textSchema } from '../plan/schema';

/**
 * The outcome form's own fields (blank optional fields absent, see `blanksAbsent`). The aspirations and
 * needs it serves are ticked boxes and its steps are rows (`stepSchema`), read apart.
 */
export const outcomeSchema = v.object({
	text: v.message(
		outcomeEntries.text,
		textMessage('Enter the outcome: what the child will be able to do', 'The outcome')
	),
	targetDate: v.optional(v.message(isoDateSchema, 'Enter the target date as a real date, like 31 July 2027')),
	successCriteria: v.optional(v.message(textSchema, 'How we will know must be 2,000 characters or fewer'))
});
