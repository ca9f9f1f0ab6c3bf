import { error, redirect } from '@sveltejs/kit';
import { invalid } from '$lib/server/form-failure';
import { disableMember } from '$lib/server/members/disable-member';
import { requireAdmin } from '../../../require-admin.server';
import { requireMember } from '../member.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const admin = requireAdmin(locals.auth);
	const member = await requireMember(admin.organisation_id, params.accountId);
	if (member.disabled) redirect(303, `/admin/members/${member.id}`);
	return { member };
};

export const actions = {
	default: async ({ locals, params, getClientAddress }) => {
		const admin = requireAdmin(locals.auth);
		const member = await requireMember(admin.organisation_id, params.accountId);
		const result = await disableMember(member.id, { account: admin, ip: getClientAddress() });
		if (!result.ok && result.reason === 'last-admin') {
			return invalid(400, {
				form: 'This is the only active administrator, so they cannot be disabled. Make someone else an administrator first.'
			});
		}
		if (!result.ok) error(404, 'Not found');
		// An admin who disabled themselves has just been signed out.
		redirect(303, member.id === admin.id ? '/sign-in' : '/admin/members?notice=disabled');
	}
} satisfies Actions;
