/** Use case: disabling a member. */
import type { Actor, StaffAccount } from '../actor';
import { invalidateAccountSessions } from '../auth/session';
import { now } from '../clock/clock';
import { disableAccount } from '../db/accounts';
import { changeMemberUnlessLastAdmin, type MemberChangeResult } from './guarded-member-change';

/**
 * Disables a member of the admin's organisation and signs them out everywhere at once, recorded as
 * 'member.disabled'; one already disabled changes and records nothing. The last active admin cannot be
 * disabled: someone must be able to manage members.
 */
export async function disableMember(memberId: string, admin: Actor<StaffAccount>): Promise<MemberChangeResult> {
	return changeMemberUnlessLastAdmin(memberId, admin, {
		action: 'member.disabled',
		alreadyDone: (member) => member.disabled_at !== null,
		apply: async (trx, organisationId) => {
			await disableAccount(trx, organisationId, memberId, now().toISOString());
			await invalidateAccountSessions(trx, memberId);
		}
	});
}
