import type { Kysely } from 'kysely';
import { recordAudit } from '../db/record-audit';
import { findAccountByEmail } from '../db/accounts';
import type { Database } from '../db/schema';
import { decoyHash, verifyPassword } from './password';
import { recordSignInAttempt, signInBlocked } from './rate-limit';
import type { Account } from '../db/accounts';

export type SignInResult =
	{ outcome: 'signed-in'; account: Account } | { outcome: 'refused' } | { outcome: 'rate-limited' };

/**
 * Checks an email and password. Every attempt is counted and audited; the answer never says whether the
 * email exists (an unknown email still costs one argon2 verification, so timing does not tell either).
 */
export async function checkPassword(
	db: Kysely<Database>,
	email: string,
	password: string,
	ip: string
): Promise<SignInResult> {
	if (await signInBlocked(db, email, ip)) return { outcome: 'rate-limited' };
	const account = await findAccountByEmail(db, email);
	const matches = await verifyPassword(account?.password_hash ?? (await decoyHash()), password);
	const succeeded = Boolean(account && matches && !account.disabled_at);
	await recordSignInAttempt(db, email, ip, succeeded);
	await recordAudit(db, {
		organisation_id: account?.organisation_id ?? null,
		account_id: account?.id ?? null,
		plan_id: null,
		action: succeeded ? 'sign-in.password' : 'sign-in.failed',
		item: null,
		ip
	});
	return succeeded && account ? { outcome: 'signed-in', account } : { outcome: 'refused' };
}
