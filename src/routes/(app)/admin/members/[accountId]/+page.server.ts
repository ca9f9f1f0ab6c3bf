import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { changeRoleSchema } from '$lib/forms/members';
import { recordAudit } from '$lib/server/db/record-audit';
import { activeAdminCount, readAccount, setRole } from '$lib/server/db/accounts';
import { database } from '$lib/server/db/app-database';
import { invalid } from '$lib/server/form-failure';
import { requireAdmin } from '../../require-admin.server';
import { readMember } from './member.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const admin = requireAdmin(locals.auth);
	return { member: await readMember(database(), admin.organisation_id, params.accountId), me: admin.id };
};

const lastAdminMessage = 'This is the only active administrator. Make someone else an administrator first.';

export const actions = {
	role: async ({ request, locals, params, getClientAddress }) => {
		const admin = requireAdmin(locals.auth);
		const db = database();
		const member = await readMember(db, admin.organisation_id, params.accountId);
		const data = await request.formData();
		const values = formValues(data);
		const parsed = v.safeParse(changeRoleSchema, formInput(data, changeRoleSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const role = parsed.output.role;

		const outcome = await db.transaction().execute(async (trx) => {
			const current = await readAccount(trx, member.id);
			if (!current || current.role === role) return 'unchanged' as const;
			// The last active admin cannot be demoted: someone must be able to manage members.
			if (
				current.role === 'admin' &&
				current.disabled_at === null &&
				(await activeAdminCount(trx, admin.organisation_id)) <= 1
			)
				return 'last-admin' as const;
			await setRole(trx, admin.organisation_id, member.id, role);
			await recordAudit(trx, {
				organisation_id: admin.organisation_id,
				account_id: admin.id,
				plan_id: null,
				action: 'member.role-changed',
				item: member.id,
				ip: getClientAddress()
			});
			return 'changed' as const;
		});
		if (outcome === 'last-admin') return invalid(400, { role: lastAdminMessage }, values);
		redirect(303, '/admin/members?notice=role-changed');
	}
} satisfies Actions;
