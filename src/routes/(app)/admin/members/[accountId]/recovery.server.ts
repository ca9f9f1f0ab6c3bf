import { error, redirect } from '@sveltejs/kit';
import type { StaffAccount } from '$lib/server/actor';
import type { MemberRecoveryRefusal } from '$lib/server/members/member-recovery';
import { invalid } from '$lib/server/form-failure';
import { requireMember } from './member.server';

/**
 * A member an admin may help back in: not the admin themselves, not disabled. Anyone else is sent back
 * to the member's page, which says why.
 */
export async function requireRecoverableMember(admin: StaffAccount, accountId: string) {
	const member = await requireMember(admin.organisation_id, accountId);
	if (member.id === admin.id || member.disabled) redirect(303, `/admin/members/${member.id}`);
	return member;
}

const refusals: Record<Exclude<MemberRecoveryRefusal, 'not-found'>, string> = {
	'own-account': 'You cannot do this to your own account. Ask another administrator.',
	disabled: 'This member has been disabled, so they cannot sign in whatever is reset.'
};

/** Answers a refusal: "Page not found" for a member not (or no longer) found, else the reason, plainly. */
export function refuseRecovery(reason: MemberRecoveryRefusal) {
	if (reason === 'not-found') error(404, 'Not found');
	return invalid(400, { form: refusals[reason] });
}
