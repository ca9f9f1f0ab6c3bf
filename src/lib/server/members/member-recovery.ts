/**
 * The shape both ways of helping a member back in take (resetting their authenticator, making a link to
 * set a new password). Like every use case, it opens the app's database itself and passes its
 * transaction on.
 */
import type { AuditAction } from '../../audit-action-labels';
import type { Actor, StaffAccount } from '../actor';
import { invalidateAccountSessions } from '../auth/session';
import { readMemberAccount } from '../db/accounts';
import { database } from '../db/app-database';
import type { Executor } from '../db/executor';
import { recordAudit } from '../db/record-audit';
import { inTransaction } from '../db/in-transaction';

/**
 * Why an admin may not help this member back in: no such member in the admin's organisation; the admin's
 * own account (their own password is changed on their account page, knowing the current one, and their
 * own authenticator is reset by another admin: otherwise a stolen session, or a lost link, could take
 * the account from them); or a disabled member, who cannot sign in anyway.
 */
export type MemberRecoveryRefusal = 'not-found' | 'own-account' | 'disabled';

export type MemberRecoveryResult<T> = ({ ok: true } & T) | { ok: false; reason: MemberRecoveryRefusal };

/**
 * Makes `change` to a member of the admin's organisation, signs the member out everywhere (whoever holds
 * their phone or password now is shut out) and records `action`, all in one transaction. A refusal
 * writes nothing.
 */
export async function recoverMember<T extends object>(
	memberId: string,
	admin: Actor<StaffAccount>,
	action: AuditAction,
	change: (trx: Executor) => Promise<T>
): Promise<MemberRecoveryResult<T>> {
	const organisationId = admin.account.organisation_id;
	return inTransaction(database(), async (trx) => {
		const member = await readMemberAccount(trx, organisationId, memberId);
		if (!member) return { ok: false, reason: 'not-found' } as const;
		if (member.id === admin.account.id) return { ok: false, reason: 'own-account' } as const;
		if (member.disabled_at !== null) return { ok: false, reason: 'disabled' } as const;
		const changed = await change(trx);
		await invalidateAccountSessions(trx, member.id);
		await recordAudit(trx, {
			organisation_id: organisationId,
			account_id: admin.account.id,
			plan_id: null,
			action,
			item: member.id,
			ip: admin.ip
		});
		return { ok: true, ...changed } as const;
	});
}
