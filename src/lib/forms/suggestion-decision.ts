import * as v from 'valibot';
import { textSchema } from '$lib/plan/schema';
import { blankable } from './child-details';

/**
 * Accepting or declining a suggestion: which one, and, for an editor deciding with the person who
 * said the words, the box saying they agreed and how or where (optional).
 */
export const suggestionDecisionSchema = v.object({
	suggestion: v.pipe(v.string(), v.regex(/^[a-z0-9]{1,64}$/, 'That suggestion could not be found.')),
	agreed: v.optional(v.string(), ''),
	how: blankable(v.message(textSchema, 'How they agreed must be 2,000 characters or fewer'))
});
