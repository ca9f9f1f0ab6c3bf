/**
 * The shape every change to a member that could leave an organisation without an admin takes: demoting
 * and disabling. Like every use case, it opens the app's database itself and passes its transaction on.
 */
import type { AuditAction } from '../../audit-action-labels';
import type { Actor, StaffAccount } from '../actor';
import { readMemberAccount } from '../db/accounts';
import { database } from '../db/app-database';
import type { Executor } from '../db/executor';
import { recordAudit } from '../db/record-audit';
import { isLastActiveAdmin } from './last-active-admin';
import { inTransaction } from '../db/in-transaction';

export type MemberChangeResult = { ok: true; changed: boolean } | { ok: false; reason: 'not-found' | 'last-admin' };

type MemberAccount = NonNullable<Awaited<ReturnType<typeof readMemberAccount>>>;

/**
 * Changes a member of the admin's organisation and records `action`, in one transaction. A member
 * already as the change would leave them (`alreadyDone`) changes and records nothing; the last active
 * admin is refused, so that someone can still manage members.
 */
export async function changeMemberUnlessLastAdmin(
	memberId: string,
	admin: Actor<StaffAccount>,
	change: {
		action: AuditAction;
		alreadyDone: (member: MemberAccount) => boolean;
		apply: (trx: Executor, organisationId: string) => Promise<void>;
	}
): Promise<MemberChangeResult> {
	const organisationId = admin.account.organisation_id;
	return inTransaction(database(), async (trx) => {
		const member = await readMemberAccount(trx, organisationId, memberId);
		if (!member) return { ok: false, reason: 'not-found' } as const;
		if (change.alreadyDone(member)) return { ok: true, changed: false } as const;
		if (await isLastActiveAdmin(trx, member)) return { ok: false, reason: 'last-admin' } as const;
		await change.apply(trx, organisationId);
		await recordAudit(trx, {
			organisation_id: organisationId,
			account_id: admin.account.id,
			plan_id: null,
			action: change.action,
			item: memberId,
			ip: admin.ip
		});
		return { ok: true, changed: true } as const;
	});
}
