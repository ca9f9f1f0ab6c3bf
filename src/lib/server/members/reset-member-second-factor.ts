/** Use case: resetting a member's authenticator, when they have lost their phone and their recovery codes. */
import type { Actor, StaffAccount } from '../actor';
import { deleteRecoveryCodes } from '../auth/recovery-codes';
import { clearTotpKey } from '../db/accounts';
import { recoverMember, type MemberRecoveryResult } from './member-recovery';

/**
 * Forgets a member's authenticator key, its last code and their recovery codes, and signs them out
 * everywhere, recorded as 'member.two-factor-reset'. At their next sign-in, after their password, they
 * set up an authenticator again (as at their first) and get new recovery codes.
 */
export async function resetMemberSecondFactor(
	memberId: string,
	admin: Actor<StaffAccount>
): Promise<MemberRecoveryResult<Record<never, never>>> {
	return recoverMember(memberId, admin, 'member.two-factor-reset', async (trx) => {
		await clearTotpKey(trx, memberId);
		await deleteRecoveryCodes(trx, memberId);
		return {};
	});
}
