import { now } from '../clock/clock';
import type { Executor } from '../db/executor';

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

export async function recordSignInAttempt(db: Executor, email: string, ip: string, succeeded: boolean): Promise<void> {
	await db
		.insertInto('sign_in_attempt')
		.values({ at: now().toISOString(), email, ip, succeeded: succeeded ? 1 : 0 })
		.execute();
}
