/**
 * Use case: the second step of signing in. Like every use case, it opens the app's database itself
 * (routes never hold it) and passes its transaction to the repositories, which take an `Executor`.
 */
import type { CodeInput } from '../../forms/sign-in';
import type { SessionActor } from '../actor';
import { recordAudit } from '../db/record-audit';
import { markSignInAttemptSucceeded, reserveSignInAttempt } from '../auth/rate-limit';
import { redeemRecoveryCode } from '../auth/recovery-codes';
import { replaceWithVerifiedSession } from '../auth/session';
import { matchTotp } from '../auth/totp';
import { now } from '../clock/clock';
import { readAccount, setTotpCounter } from '../db/accounts';
import { database } from '../db/app-database';
import type { Executor } from '../db/executor';
import { appSecretKey } from '../secrets/app-secret-key';
import { unseal } from '../secrets/sealed-text';
import { inTransaction } from '../db/in-transaction';

export type EnterSignInCodeResult =
	{ ok: true; sessionToken: string } | { ok: false; reason: 'refused' | 'rate-limited' };

/**
 * Checks a code from the authenticator (each good once) or an unused recovery code, and replaces the
 * half-signed-in session with a fully signed-in one. Every attempt is audited, and a wrong code counts
 * towards the same limit as a wrong password.
 */
export async function enterSignInCode(input: CodeInput, actor: SessionActor): Promise<EnterSignInCodeResult> {
	const { account, ip } = actor;
	const db = database();
	const audit = { organisation_id: account.organisation_id, account_id: account.id, plan_id: null, ip };
	const attempt = await reserveSignInAttempt(db, account.email, ip);
	if (attempt === null) {
		await recordAudit(db, { ...audit, action: 'sign-in.rate-limited', item: null });
		return { ok: false, reason: 'rate-limited' };
	}
	return inTransaction(db, async (trx) => {
		const how = await redeemCode(trx, account.id, input.code);
		if (how) await markSignInAttemptSucceeded(trx, attempt);
		await recordAudit(trx, { ...audit, action: how ? 'sign-in' : 'sign-in.failed-code', item: how });
		if (!how) return { ok: false, reason: 'refused' } as const;
		return {
			ok: true,
			sessionToken: await replaceWithVerifiedSession(trx, actor.sessionId, account.id, actor)
		} as const;
	});
}

/** Uses the code up if it is good, and says which kind it was; null when it is not good. */
async function redeemCode(trx: Executor, accountId: string, code: string) {
	// Read again inside the transaction: the same code sent twice at once must pass only once.
	const account = await readAccount(trx, accountId);
	if (account?.totp_key) {
		const counter = matchTotp(unseal(account.totp_key, appSecretKey()), code, now(), account.totp_last_counter);
		if (counter !== null) {
			await setTotpCounter(trx, accountId, counter);
			return 'code' as const;
		}
	}
	return (await redeemRecoveryCode(trx, accountId, code)) ? ('recovery-code' as const) : null;
}
