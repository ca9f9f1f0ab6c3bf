/**
 * Use case: signing in with an email and password. Like every use case, it opens the app's database
 * itself (routes never hold it) and passes its transaction to the repositories, which take an `Executor`.
 */
import type { SignInInput } from '../../forms/sign-in';
import type { Visitor } from '../actor';
import { recordAudit } from '../db/record-audit';
import { needsSecondFactor } from '../auth/guard';
import { decoyHash, verifyPassword } from '../auth/password';
import { markSignInAttemptSucceeded, reserveSignInAttempt } from '../auth/rate-limit';
import { createSession } from '../auth/session';
import { findAccountByEmail } from '../db/accounts';
import { database } from '../db/app-database';
import { inTransaction } from '../db/in-transaction';

/** What comes after the password: nothing, the code from the authenticator, or setting one up. */
export type SecondStep = 'none' | 'code' | 'set-up';

export type SignInResult =
	{ ok: true; sessionToken: string; secondStep: SecondStep } | { ok: false; reason: 'refused' | 'rate-limited' };

/**
 * Checks an email and password and starts a session, fully signed in only when no second factor is
 * needed. Every attempt is counted and audited; a refusal never says whether the email exists (an unknown
 * email still costs one argon2 verification, so timing does not tell either).
 */
export async function signInWithPassword(input: SignInInput, visitor: Visitor): Promise<SignInResult> {
	const { ip } = visitor;
	const db = database();
	const found = await findAccountByEmail(db, input.email);
	const audit = { organisation_id: found?.organisation_id ?? null, account_id: found?.id ?? null, plan_id: null, ip };
	const attempt = await reserveSignInAttempt(db, input.email, ip);
	if (attempt === null) {
		await recordAudit(db, { ...audit, action: 'sign-in.rate-limited', item: null });
		return { ok: false, reason: 'rate-limited' };
	}
	// Verified before the transaction, which holds SQLite's one writer.
	const matches = await verifyPassword(found?.password_hash ?? (await decoyHash()), input.password);
	const account = found && matches && !found.disabled_at ? found : undefined;

	return inTransaction(db, async (trx) => {
		if (account) await markSignInAttemptSucceeded(trx, attempt);
		await recordAudit(trx, { ...audit, action: account ? 'sign-in.password' : 'sign-in.failed', item: null });
		if (!account) return { ok: false, reason: 'refused' } as const;
		const secondStep: SecondStep = !needsSecondFactor(account) ? 'none' : account.totp_key ? 'code' : 'set-up';
		return {
			ok: true,
			sessionToken: await createSession(trx, account.id, secondStep === 'none', visitor),
			secondStep
		} as const;
	});
}
