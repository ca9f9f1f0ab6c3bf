import * as v from 'valibot';
import { teamMemberEntries, textSchema } from '$lib/plan/schema';
import { blankable } from './child-details';

/** A member of the team around the child: new (no id) or a change (id and the revision it was based on). */
export const teamMemberSchema = v.object({
	name: v.message(teamMemberEntries.name, 'Enter their name (2,000 characters at most)'),
	role: v.message(teamMemberEntries.role, 'Select their role'),
	organisation: blankable(v.message(textSchema, 'The organisation must be 2,000 characters or fewer')),
	email: blankable(
		v.pipe(
			v.message(textSchema, 'The email address must be 2,000 characters or fewer'),
			v.email('Enter an email address in the correct format, like name@example.org')
		)
	),
	phone: blankable(
		v.pipe(
			v.message(textSchema, 'The phone number must be 2,000 characters or fewer'),
			v.regex(/^[0-9 +()-]{6,30}$/, 'Enter a phone number, like 01632 960 123')
		)
	),
	id: v.optional(v.string(), ''),
	revision: v.optional(v.string(), '')
});
export type TeamMemberInput = v.InferOutput<typeof teamMemberSchema>;
