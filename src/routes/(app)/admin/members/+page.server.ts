import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { invitationIdSchema, inviteMemberSchema } from '$lib/forms/members';
import { now } from '$lib/server/clock/clock';
import { invalid } from '$lib/server/form-failure';
import { inviteMember } from '$lib/server/members/invite-member';
import { readMembersOverview } from '$lib/server/members/members-overview';
import { withdrawMemberInvitation } from '$lib/server/members/withdraw-member-invitation';
import { linkState } from '$lib/server/tokens/link-token';
import { requireAdmin } from '../require-admin.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals.auth);
	const { members, invitations } = await readMembersOverview(admin.organisation_id);
	const at = now();
	return {
		me: admin.id,
		members: members.map((member) => ({
			id: member.id,
			name: member.name,
			email: member.email,
			role: member.role,
			status: member.disabled_at
				? ('disabled' as const)
				: member.totp_key === null
					? ('not-set-up' as const)
					: ('active' as const)
		})),
		invitations: invitations.map((invitation) => ({
			...invitation,
			expired: linkState({ used_at: null, expires_at: invitation.expires_at }, at) === 'expired'
		})),
		notice: url.searchParams.get('notice')
	};
};

export const actions = {
	invite: async ({ request, locals, url, getClientAddress }) => {
		const admin = requireAdmin(locals.auth);
		const data = await request.formData();
		const values = formValues(data);
		const parsed = v.safeParse(inviteMemberSchema, formInput(data, inviteMemberSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const input = parsed.output;

		const result = await inviteMember(input, { account: admin, ip: getClientAddress() });
		if (!result.ok) {
			return invalid(
				400,
				{ email: 'There is already an account with this email address: find them in the list of members instead' },
				values
			);
		}
		return { invited: { name: input.name, email: input.email, link: `${url.origin}/invitations/${result.token}` } };
	},

	withdraw: async ({ request, locals, getClientAddress }) => {
		const admin = requireAdmin(locals.auth);
		const parsed = v.safeParse(invitationIdSchema, formInput(await request.formData(), invitationIdSchema));
		if (!parsed.success) error(404, 'Not found');
		const result = await withdrawMemberInvitation(parsed.output, { account: admin, ip: getClientAddress() });
		// Already withdrawn or used (two admins at once), or not this organisation's: nothing to do.
		if (!result.ok) error(404, 'Not found');
		return { withdrawn: true };
	}
} satisfies Actions;
