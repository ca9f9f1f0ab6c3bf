import * as v from 'valibot';
import { organisationRoles } from '$lib/roles';
import { emailField, requiredText } from './fields';

/** Inviting someone to the organisation: who they are and the role they will have. */
export const inviteMemberSchema = v.object({
	name: requiredText('their full name'),
	email: emailField,
	role: v.picklist(organisationRoles, 'Select what they will be able to do')
});
export type InviteMemberInput = v.InferOutput<typeof inviteMemberSchema>;

/** Changing a member's role. */
export const changeRoleSchema = v.object({
	role: v.picklist(organisationRoles, 'Select a role')
});
export type ChangeRoleInput = v.InferOutput<typeof changeRoleSchema>;

/** Withdrawing a pending invitation: its id, as the hidden field sent it. */
export const invitationIdSchema = v.object({
	invitationId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(64))
});
export type InvitationIdInput = v.InferOutput<typeof invitationIdSchema>;
