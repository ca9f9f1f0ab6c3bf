import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { invitationIdSchema, inviteMemberSchema } from '$lib/forms/members';
import { recordAudit } from '$lib/server/db/record-audit';
import { now } from '$lib/server/clock/clock';
import { findAccountByEmail, listMembers } from '$lib/server/db/accounts';
import { database } from '$lib/server/db/app-database';
import {
	createInvitation,
	invitationState,
	listPendingInvitations,
	withdrawInvitation
} from '$lib/server/db/invitations';
import { invalid } from '$lib/server/form-failure';
import { requireAdmin } from '../require-admin.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals.auth);
	const db = database();
	const [members, invitations] = await Promise.all([
		listMembers(db, admin.organisation_id),
		listPendingInvitations(db, admin.organisation_id)
	]);
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
		// Invitations to one plan belong to that plan's sharing page; this page lists the organisation's.
		invitations: invitations
			.filter((invitation) => invitation.plan_id === null)
			.map((invitation) => ({
				...invitation,
				expired: invitationState({ ...invitation, used_at: null, withdrawn_at: null }, at) === 'expired'
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

		const db = database();
		const outcome = await db.transaction().execute(async (trx) => {
			if (await findAccountByEmail(trx, input.email)) return null;
			const invitation = await createInvitation(trx, {
				organisationId: admin.organisation_id,
				invitedBy: admin.id,
				name: input.name,
				email: input.email,
				role: input.role
			});
			await recordAudit(trx, {
				organisation_id: admin.organisation_id,
				account_id: admin.id,
				plan_id: null,
				action: 'member.invited',
				item: invitation.id,
				ip: getClientAddress()
			});
			return invitation;
		});
		if (!outcome) {
			return invalid(
				400,
				{ email: 'There is already an account with this email address: find them in the list of members instead' },
				values
			);
		}
		return { invited: { name: input.name, email: input.email, link: `${url.origin}/invitations/${outcome.token}` } };
	},

	withdraw: async ({ request, locals, getClientAddress }) => {
		const admin = requireAdmin(locals.auth);
		const parsed = v.safeParse(invitationIdSchema, formInput(await request.formData(), invitationIdSchema));
		if (!parsed.success) error(404, 'Not found');
		const db = database();
		const withdrawn = await db.transaction().execute(async (trx) => {
			if (!(await withdrawInvitation(trx, admin.organisation_id, parsed.output.invitationId))) return false;
			await recordAudit(trx, {
				organisation_id: admin.organisation_id,
				account_id: admin.id,
				plan_id: null,
				action: 'invitation.withdrawn',
				item: parsed.output.invitationId,
				ip: getClientAddress()
			});
			return true;
		});
		// Already withdrawn or used (two admins at once), or not this organisation's: nothing to do.
		if (!withdrawn) error(404, 'Not found');
		return { withdrawn: true };
	}
} satisfies Actions;
