/** Use case: making a link for a member who has forgotten their password to set a new one. */
import type { Actor, StaffAccount } from '../actor';
import { createPasswordReset } from '../db/password-resets';
import { recoverMember, type MemberRecoveryResult } from './member-recovery';

/**
 * Makes a one-use link, working for 24 hours, for a member to set a new password (any earlier one stops
 * working), and signs them out everywhere, recorded as 'member.password-reset-link-made'. Returns the
 * token for the link, which is shown once, and when it stops working. The old password keeps working
 * until a new one is set, so a link made by mistake locks no one out.
 */
export async function makePasswordResetLink(
	memberId: string,
	admin: Actor<StaffAccount>
): Promise<MemberRecoveryResult<{ token: string; expiresAt: string }>> {
	return recoverMember(memberId, admin, 'member.password-reset-link-made', async (trx) => {
		const { token, expiresAt } = await createPasswordReset(trx, { accountId: memberId, madeBy: admin.account.id });
		return { token, expiresAt };
	});
}
