import { redirect } from '@sveltejs/kit';
import { recordAudit } from '$lib/server/db/record-audit';
import { invalidateAccountSessions } from '$lib/server/auth/session';
import { now } from '$lib/server/clock/clock';
import { activeAdminCount, disableAccount, readAccount } from '$lib/server/db/accounts';
import { database } from '$lib/server/db/app-database';
import { invalid } from '$lib/server/form-failure';
import { requireAdmin } from '../../../require-admin.server';
import { readMember } from '../member.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const admin = requireAdmin(locals.auth);
	const member = await readMember(database(), admin.organisation_id, params.accountId);
	if (member.disabled) redirect(303, `/admin/members/${member.id}`);
	return { member };
};

export const actions = {
	default: async ({ locals, params, getClientAddress }) => {
		const admin = requireAdmin(locals.auth);
		const db = database();
		const member = await readMember(db, admin.organisation_id, params.accountId);

		const outcome = await db.transaction().execute(async (trx) => {
			const current = await readAccount(trx, member.id);
			if (!current || current.disabled_at !== null) return 'unchanged' as const;
			if (current.role === 'admin' && (await activeAdminCount(trx, admin.organisation_id)) <= 1)
				return 'last-admin' as const;
			await disableAccount(trx, admin.organisation_id, member.id, now().toISOString());
			// Signed out at once, everywhere.
			await invalidateAccountSessions(trx, member.id);
			await recordAudit(trx, {
				organisation_id: admin.organisation_id,
				account_id: admin.id,
				plan_id: null,
				action: 'member.disabled',
				item: member.id,
				ip: getClientAddress()
			});
			return 'disabled' as const;
		});
		if (outcome === 'last-admin') {
			return invalid(400, {
				form: 'This is the only active administrator, so they cannot be disabled. Make someone else an administrator first.'
			});
		}
		// An admin who disabled themselves has just been signed out.
		redirect(303, member.id === admin.id ? '/sign-in' : '/admin/members?notice=disabled');
	}
} satisfies Actions;
