import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { changeRoleSchema } from '$lib/forms/members';
import { invalid } from '$lib/server/form-failure';
import { changeMemberRole } from '$lib/server/members/change-member-role';
import { requireAdmin } from '../../require-admin.server';
import { requireMember } from './member.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const admin = requireAdmin(locals.auth);
	return {
		member: await requireMember(admin.organisation_id, params.accountId),
		me: admin.id,
		notice: url.searchParams.get('notice')
	};
};

const lastAdminMessage = 'This is the only active administrator. Make someone else an administrator first.';

export const actions = {
	role: async ({ request, locals, params, getClientAddress }) => {
		const admin = requireAdmin(locals.auth);
		const member = await requireMember(admin.organisation_id, params.accountId);
		const data = await request.formData();
		const values = formValues(data);
		const parsed = v.safeParse(changeRoleSchema, formInput(data, changeRoleSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);

		const result = await changeMemberRole(member.id, parsed.output, { account: admin, ip: getClientAddress() });
		if (!result.ok && result.reason === 'last-admin') return invalid(400, { role: lastAdminMessage }, values);
		if (!result.ok) error(404, 'Not found');
		redirect(303, '/admin/members?notice=role-changed');
	}
} satisfies Actions;
