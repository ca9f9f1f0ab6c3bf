import * as v from 'valibot';
import { textMessage } from './fields';
import { outcomeEntries, textSchema } from '../plan/schema';
import { optionalDateInput } from './date-input';

/**
 * The outcome form's own fields (blank optional text absent, see `blanksAbsent`). The aspirations and
 * needs it serves are ticked boxes and its steps are rows (`stepSchema`), read apart.
 */
export const outcomeSchema = v.object({
	text: v.message(
		outcomeEntries.text,
		textMessage('Enter the outcome: what the child will be able to do', 'The outcome')
	),
	targetDate: optionalDateInput('Target date'),
	successCriteria: v.optional(v.message(textSchema, 'How we will know must be 2,000 characters or fewer'))
});
