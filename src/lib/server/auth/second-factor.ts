import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { recordAudit } from '../db/record-audit';
import { setTotpCounter } from '../db/accounts';
import type { Database } from '../db/schema';
import { now } from '../clock/clock';
import { recordSignInAttempt, signInBlocked } from './rate-limit';
import { redeemRecoveryCode } from './recovery-codes';
import { createSession, invalidateSession, setSessionCookie, type ValidSession } from './session';
import { matchTotp } from './totp';

export type CodeResult = 'passed' | 'refused' | 'rate-limited';

/**
 * Checks the second step: a code from the authenticator (each good once) or an unused recovery code.
 * Wrong codes count towards the same limit as wrong passwords.
 */
export async function checkSecondFactor(
	db: Kysely<Database>,
	auth: ValidSession,
	code: string,
	ip: string
): Promise<CodeResult> {
	const account = auth.account;
	if (await signInBlocked(db, account.email, ip)) return 'rate-limited';
	let passed = false;
	let how = 'code';
	if (account.totp_key) {
		const counter = matchTotp(account.totp_key, code, now(), account.totp_last_counter);
		if (counter !== null) {
			await setTotpCounter(db, account.id, counter);
			passed = true;
		}
	}
	if (!passed && (await redeemRecoveryCode(db, account.id, code))) {
		passed = true;
		how = 'recovery-code';
	}
	await recordSignInAttempt(db, account.email, ip, passed);
	await recordAudit(db, {
		organisation_id: account.organisation_id,
		account_id: account.id,
		plan_id: null,
		action: passed ? 'sign-in' : 'sign-in.failed-code',
		item: passed ? how : null,
		ip
	});
	return passed ? 'passed' : 'refused';
}

/** After the second step, the half-signed-in session is replaced by a new, fully signed-in one. */
export async function completeSignIn(
	db: Kysely<Database>,
	auth: ValidSession,
	cookies: Cookies,
	url: URL
): Promise<void> {
	await invalidateSession(db, auth.session.id);
	setSessionCookie(cookies, await createSession(db, auth.account.id, true), url);
}
