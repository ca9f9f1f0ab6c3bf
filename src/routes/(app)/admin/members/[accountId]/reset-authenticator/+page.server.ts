import { redirect } from '@sveltejs/kit';
import { resetMemberSecondFactor } from '$lib/server/members/reset-member-second-factor';
import { requireAdmin } from '../../../require-admin.server';
import { refuseRecovery, requireRecoverableMember } from '../recovery.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const admin = requireAdmin(locals.auth);
	return { member: await requireRecoverableMember(admin, params.accountId) };
};

export const actions = {
	default: async ({ locals, params, getClientAddress }) => {
		const admin = requireAdmin(locals.auth);
		const member = await requireRecoverableMember(admin, params.accountId);
		const result = await resetMemberSecondFactor(member.id, { account: admin, ip: getClientAddress() });
		if (!result.ok) return refuseRecovery(result.reason);
		redirect(303, `/admin/members/${member.id}?notice=two-factor-reset`);
	}
} satisfies Actions;
