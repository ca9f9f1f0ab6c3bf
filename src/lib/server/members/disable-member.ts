/**
 * Use case: disabling a member. Like every use case, it opens the app's database itself (routes never
 * hold it) and passes its transaction to the repositories, which take an `Executor`.
 */
import type { Actor, StaffAccount } from '../actor';
import { recordAudit } from '../db/record-audit';
import { invalidateAccountSessions } from '../auth/session';
import { now } from '../clock/clock';
import { disableAccount, readMemberAccount } from '../db/accounts';
import { database } from '../db/app-database';
import { isLastActiveAdmin } from './last-active-admin';

export type DisableMemberResult = { ok: true; changed: boolean } | { ok: false; reason: 'not-found' | 'last-admin' };

/**
 * Disables a member of the admin's organisation and signs them out everywhere at once, recorded as
 * 'member.disabled'; one already disabled changes and records nothing. The last active admin cannot be
 * disabled: someone must be able to manage members.
 */
export async function disableMember(memberId: string, admin: Actor<StaffAccount>): Promise<DisableMemberResult> {
	const organisationId = admin.account.organisation_id;
	return database()
		.transaction()
		.execute(async (trx) => {
			const member = await readMemberAccount(trx, organisationId, memberId);
			if (!member) return { ok: false, reason: 'not-found' } as const;
			if (member.disabled_at !== null) return { ok: true, changed: false } as const;
			if (await isLastActiveAdmin(trx, member)) return { ok: false, reason: 'last-admin' } as const;
			await disableAccount(trx, organisationId, memberId, now().toISOString());
			await invalidateAccountSessions(trx, memberId);
			await recordAudit(trx, {
				organisation_id: organisationId,
				account_id: admin.account.id,
				plan_id: null,
				action: 'member.disabled',
				item: memberId,
				ip: admin.ip
			});
			return { ok: true, changed: true } as const;
		});
}
