import * as v from 'valibot';
import { textSchema } from '$lib/plan/schema';
import { blankable } from './child-details';

/**
 * Who said the words, as the forms offer the choice: the child (`child`), the person signed in (`me`),
 * or a member of the plan's team (`team:<id>`). Left blank, it is the child for words in their voice,
 * else the person writing.
 */
export const saidByChoiceField = v.optional(
	blankable(v.pipe(v.string(), v.regex(/^(child|me|team:[a-z0-9]{1,64})$/, 'Choose who said this from the list')))
);

/** Who helped the child say it ("her key worker"): only kept when the child said it. */
export const saidWithField = v.optional(
	blankable(v.message(textSchema, 'Who helped must be 2,000 characters or fewer'))
);

/** The fields every form for someone's own words adds. */
export const saidByFields = { saidBy: saidByChoiceField, with: saidWithField };
/** The choice as a use case takes it: left out, it is the defaults (`writeWords`). */
export type SaidByChoice = { saidBy?: string | undefined; with?: string | undefined };
