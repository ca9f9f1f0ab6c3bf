/**
 * Use case: setting a new password with a link an admin made. Like every use case, it opens the app's
 * database itself (routes never hold it) and passes its transaction to the repositories, which take an
 * `Executor`.
 */
import type { Selectable } from 'kysely';
import type { NewPasswordInput } from '../../forms/new-password';
import type { Visitor } from '../actor';
import { hashPassword } from '../auth/password';
import { invalidateAccountSessions } from '../auth/session';
import { readAccount, setPasswordHash } from '../db/accounts';
import { database } from '../db/app-database';
import { markPasswordResetUsed } from '../db/password-resets';
import { recordAudit } from '../db/record-audit';
import type { PasswordResetTable } from '../db/schema';
import { inTransaction } from '../db/in-transaction';

export type SetNewPasswordResult = { ok: true } | { ok: false; reason: 'gone' };

/**
 * Uses up a link the route has found open: replaces the account's password, ends every session of the
 * account, and records 'password.reset'. Refused, writing nothing, when the link was used or expired
 * meanwhile, or the account was disabled. The person then signs in with the new password, and their
 * authenticator, as usual: the link alone never signs anyone in.
 */
export async function setNewPassword(
	reset: Pick<Selectable<PasswordResetTable>, 'id' | 'account_id'>,
	input: NewPasswordInput,
	visitor: Visitor
): Promise<SetNewPasswordResult> {
	// Hash first: a transaction holds SQLite's one writer, and hashing takes a while.
	const passwordHash = await hashPassword(input.password);
	return inTransaction(database(), async (trx) => {
		const account = await readAccount(trx, reset.account_id);
		if (!account || account.disabled_at) return { ok: false, reason: 'gone' } as const;
		// Single use: the same form sent twice at once must set the password only once.
		if (!(await markPasswordResetUsed(trx, reset.id))) return { ok: false, reason: 'gone' } as const;
		await setPasswordHash(trx, account.id, passwordHash);
		await invalidateAccountSessions(trx, account.id);
		await recordAudit(trx, {
			organisation_id: account.organisation_id,
			account_id: account.id,
			plan_id: null,
			action: 'password.reset',
			item: reset.id,
			ip: visitor.ip
		});
		return { ok: true } as const;
	});
}
