import * as v from 'valibot';
import { teamMemberEntries, textSchema } from '$lib/plan/schema';
import { blankable } from './child-details';
import { textMessage } from './fields';

const teamMemberFields = v.object({
	name: v.message(teamMemberEntries.name, textMessage('Enter their name', 'Their name')),
	role: v.message(teamMemberEntries.role, 'Select their role'),
	roleDescription: blankable(v.message(textSchema, 'The description of their role must be 2,000 characters or fewer')),
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
type TeamMemberFields = v.InferOutput<typeof teamMemberFields>;

/**
 * A member of the team around the child: new (no id) or a change (id and the revision it was based on).
 * "Other" says nothing of what they do, so it takes a description, shown in its place (checked even while
 * other fields have problems).
 */
export const teamMemberSchema = v.pipe(
	teamMemberFields,
	v.forward(
		v.partialCheck<TeamMemberFields, [['role'], ['roleDescription']], TeamMemberFields, string>(
			[['role'], ['roleDescription']],
			(input) => input.role !== 'other' || input.roleDescription !== undefined,
			'Describe the role, for example Travel trainer'
		),
		['roleDescription']
	)
);
export type TeamMemberInput = v.InferOutput<typeof teamMemberSchema>;
