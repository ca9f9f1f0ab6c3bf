/**
 * Use case: changing one's own password. Like every use case, it opens the app's database itself (routes
 * never hold it) and passes its transaction to the repositories, which take an `Executor`.
 */
import type { ChangePasswordInput } from '../../forms/change-password';
import type { SessionActor } from '../actor';
import { recordAudit } from '../db/record-audit';
import { hashPassword, verifyPassword } from '../auth/password';
import { markSignInAttemptSucceeded, reserveSignInAttempt } from '../auth/rate-limit';
import { invalidateAccountSessions } from '../auth/session';
import { setPasswordHash } from '../db/accounts';
import { database } from '../db/app-database';
import { inTransaction } from '../db/in-transaction';

export type ChangePasswordResult = { ok: true } | { ok: false; reason: 'rate-limited' | 'wrong-password' };

/**
 * Replaces the password after checking the current one, ends the account's other sessions and records
 * 'password.changed'. A wrong current password is counted as a failed sign-in (guessing it counts towards
 * the same limit) and changes nothing else.
 */
export async function changePassword(input: ChangePasswordInput, actor: SessionActor): Promise<ChangePasswordResult> {
	const { account, ip } = actor;
	const db = database();
	const attempt = await reserveSignInAttempt(db, account.email, ip);
	if (attempt === null) {
		await recordAudit(db, {
			organisation_id: account.organisation_id,
			account_id: account.id,
			plan_id: null,
			action: 'sign-in.rate-limited',
			item: null,
			ip
		});
		return { ok: false, reason: 'rate-limited' };
	}
	if (!(await verifyPassword(account.password_hash, input.currentPassword))) {
		return { ok: false, reason: 'wrong-password' };
	}

	// Hashed before the transaction, which holds SQLite's one writer.
	const passwordHash = await hashPassword(input.password);
	await inTransaction(db, async (trx) => {
		await markSignInAttemptSucceeded(trx, attempt);
		await setPasswordHash(trx, account.id, passwordHash);
		// Anyone signed in elsewhere with the old password is signed out; this session carries on.
		await invalidateAccountSessions(trx, account.id, actor.sessionId);
		await recordAudit(trx, {
			organisation_id: account.organisation_id,
			account_id: account.id,
			plan_id: null,
			action: 'password.changed',
			item: null,
			ip
		});
	});
	return { ok: true };
}
