/** Use case: changing a member's role. */
import type { ChangeRoleInput } from '../../forms/members';
import type { Actor, StaffAccount } from '../actor';
import { setRole } from '../db/accounts';
import { changeMemberUnlessLastAdmin, type MemberChangeResult } from './guarded-member-change';

/**
 * Gives a member of the admin's organisation another role, recorded as 'member.role-changed'; the same
 * role again changes and records nothing. The last active admin cannot be demoted: someone must be able to
 * manage members.
 */
export async function changeMemberRole(
	memberId: string,
	input: ChangeRoleInput,
	admin: Actor<StaffAccount>
): Promise<MemberChangeResult> {
	return changeMemberUnlessLastAdmin(memberId, admin, {
		action: 'member.role-changed',
		alreadyDone: (member) => member.role === input.role,
		apply: async (trx, organisationId) => {
			await setRole(trx, organisationId, memberId, input.role);
		}
	});
}
