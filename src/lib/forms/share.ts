import * as v from 'valibot';
import { planAccessLevels } from '$lib/roles';
import { emailField, requiredText } from './fields';

/** Share a plan with a practitioner of the organisation. */
export const grantSchema = v.object({
	accountId: v.pipe(v.string(), v.nonEmpty('Select who to share the plan with')),
	level: v.picklist(planAccessLevels, 'Select what they may do')
});

/** Invite a family member (or the young person) to this one plan. */
export const inviteToPlanSchema = v.object({
	name: requiredText('their full name'),
	email: emailField,
	familyLevel: v.picklist(['contributor', 'viewer'], 'Select what they may do')
});

export const withdrawSchema = v.object({
	accountId: v.pipe(v.string(), v.nonEmpty())
});

export const withdrawInvitationSchema = v.object({
	invitationId: v.pipe(v.string(), v.nonEmpty())
});
