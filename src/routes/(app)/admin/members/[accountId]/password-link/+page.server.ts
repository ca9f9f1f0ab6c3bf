import { makePasswordResetLink } from '$lib/server/members/make-password-reset-link';
import { requireAdmin } from '../../../require-admin.server';
import { refuseRecovery, requireRecoverableMember } from '../recovery.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const admin = requireAdmin(locals.auth);
	return { member: await requireRecoverableMember(admin, params.accountId) };
};

export const actions = {
	/** Answers with the link in place, not a redirect: it is shown this once, and never stored. */
	default: async ({ locals, params, url, getClientAddress }) => {
		const admin = requireAdmin(locals.auth);
		const member = await requireRecoverableMember(admin, params.accountId);
		const result = await makePasswordResetLink(member.id, { account: admin, ip: getClientAddress() });
		if (!result.ok) return refuseRecovery(result.reason);
		return { made: { link: `${url.origin}/set-password/${result.token}`, expiresAt: result.expiresAt } };
	}
} satisfies Actions;
