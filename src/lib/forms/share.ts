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

/**
 * What a professional from outside the organisation may be given: to read the plan, or to change it (a
 * therapist writing the outcomes and provision she gives). Not "add their views": that is the family's
 * and the young person's own voice.
 */
export const outsideLevels = ['viewer', 'editor'] as const;

/** Share the plan with someone outside the organisation (an NHS therapist, say), by invitation, in one step. */
export const shareOutsideSchema = v.object({
	outsideName: requiredText('their full name'),
	outsideEmail: emailField,
	professionalRole: requiredText('their role', { example: 'Speech and language therapist' }),
	professionalOrganisation: requiredText('the organisation they work for', { example: 'NHS Kent Community Health' }),
	outsideLevel: v.picklist(outsideLevels, 'Select what they may do')
});

export const withdrawSchema = v.object({
	accountId: v.pipe(v.string(), v.nonEmpty())
});

export const withdrawInvitationSchema = v.object({
	invitationId: v.pipe(v.string(), v.nonEmpty())
});

/** Name the plan's key worker from the staff it is shared with; empty for none. */
export const keyWorkerSchema = v.object({
	keyWorker: v.pipe(v.string(), v.trim(), v.maxLength(64, 'Select a member of staff from the list'))
});
