import type { Kysely } from 'kysely';
import { now } from '../clock/clock';
import type { Executor } from '../db/executor';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/in-transaction';

/** At most 10 failed sign-ins per account, and per address, in 5 minutes (access.md). */
export const maxFailures = 10;
export const windowMs = 5 * 60 * 1000;

/**
 * The limit per address. A whole school can sit behind one public address, so an install may raise it
 * (`SIGN_IN_ADDRESS_LIMIT`); the limit per account stays 10.
 */
function addressLimit(): number {
	const configured = Number(process.env.SIGN_IN_ADDRESS_LIMIT);
	return Number.isInteger(configured) && configured > 0 ? configured : maxFailures;
}

/** Whether this email or this address has used up its failed sign-ins for now. */
export async function signInBlocked(db: Executor, email: string, ip: string): Promise<boolean> {
	const since = new Date(now().getTime() - windowMs).toISOString();
	const failures = (column: 'email' | 'ip', value: string) =>
		db
			.selectFrom('sign_in_attempt')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.where(column, '=', value)
			.where('succeeded', '=', 0)
			.where('at', '>', since)
			.executeTakeFirstOrThrow();
	const [byEmail, byIp] = await Promise.all([failures('email', email), failures('ip', ip)]);
	return Number(byEmail.count) >= maxFailures || Number(byIp.count) >= addressLimit();
}

/**
 * Takes one attempt for this email and address before the slow check (a password's argon2, ASVS 6.3.1):
 * the failures are counted and the attempt written, as a failure, in one transaction, so attempts sent in
 * parallel each count those before them and no more than the limit are ever checked. Returns the
 * attempt's id, to mark it succeeded once checked, or null when the limit is used up.
 */
export function reserveSignInAttempt(db: Kysely<Database>, email: string, ip: string): Promise<number | null> {
	return inTransaction(db, async (trx) => {
		if (await signInBlocked(trx, email, ip)) return null;
		const attempt = await trx
			.insertInto('sign_in_attempt')
			.values({ at: now().toISOString(), email, ip, succeeded: 0 })
			.returning('id')
			.executeTakeFirstOrThrow();
		return attempt.id;
	});
}

/** The reserved attempt passed its check: it no longer counts towards the limit. */
export async function markSignInAttemptSucceeded(db: Executor, id: number): Promise<void> {
	await db.updateTable('sign_in_attempt').set({ succeeded: 1 }).where('id', '=', id).execute();
}
