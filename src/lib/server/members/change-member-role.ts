/**
 * Use case: changing a member's role. Like every use case, it opens the app's database itself (routes
 * never hold it) and passes its transaction to the repositories, which take an `Executor`.
 */
import type { ChangeRoleInput } from '../../forms/members';
import type { Actor, StaffAccount } from '../actor';
import { recordAudit } from '../db/record-audit';
import { readMemberAccount, setRole } from '../db/accounts';
import { database } from '../db/app-database';
import { isLastActiveAdmin } from './last-active-admin';

export type ChangeMemberRoleResult = { ok: true; changed: boolean } | { ok: false; reason: 'not-found' | 'last-admin' };

/**
 * Gives a member of the admin's organisation another role, recorded as 'member.role-changed'; the same
 * role again changes and records nothing. The last active admin cannot be demoted: someone must be able to
 * manage members.
 */
export async function changeMemberRole(
	memberId: string,
	input: ChangeRoleInput,
	admin: Actor<StaffAccount>
): Promise<ChangeMemberRoleResult> {
	const organisationId = admin.account.organisation_id;
	return database()
		.transaction()
		.execute(async (trx) => {
			const member = await readMemberAccount(trx, organisationId, memberId);
			if (!member) return { ok: false, reason: 'not-found' } as const;
			if (member.role === input.role) return { ok: true, changed: false } as const;
			if (await isLastActiveAdmin(trx, member)) return { ok: false, reason: 'last-admin' } as const;
			await setRole(trx, organisationId, memberId, input.role);
			await recordAudit(trx, {
				organisation_id: organisationId,
				account_id: admin.account.id,
				plan_id: null,
				action: 'member.role-changed',
				item: memberId,
				ip: admin.ip
			});
			return { ok: true, changed: true } as const;
		});
}
