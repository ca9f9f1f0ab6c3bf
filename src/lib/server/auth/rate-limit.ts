import type { Kysely } from 'kysely';
import { now } from '../clock';
import type { Database } from '../db/schema';

/** At most 10 failed sign-ins per account, and per address, in 5 minutes (access.md). */
export const maxFailures = 10;
export const windowMs = 5 * 60 * 1000;

/** Whether this email or this address has used up its failed sign-ins for now. */
export async function signInBlocked(db: Kysely<Database>, email: string, ip: string): Promise<boolean> {
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
	return Number(byEmail.count) >= maxFailures || Number(byIp.count) >= maxFailures;
}

export async function recordSignInAttempt(db: Kysely<Database>, email: string, ip: string, succeeded: boolean): Promise<void> {
	await db.insertInto('sign_in_attempt').values({ at: now().toISOString(), email, ip, succeeded: succeeded ? 1 : 0 }).execute();
}
