import type { Kysely, Transaction } from 'kysely';
import pg from 'pg';
import { tellCommittedPlanChanges } from './committed-plan-changes';
import type { Database } from './schema';

/** PostgreSQL's answer to a transaction that would have acted on what another changed meanwhile. */
const runAgainCodes = new Set(['40001', '40P01']);
const mostAttempts = 30;

/**
 * Runs `work` in one transaction. SQLite queues writers one at a time, so the work always sees what came
 * before it. PostgreSQL runs transactions side by side (serializable, see postgres-database.ts) and
 * refuses one that overlapped another's change, rolled back whole: it is run again, after a short random
 * wait so that those refused together do not meet again, as SQLite would have queued it. `work` may then
 * run more than once, so it does nothing outside the database; the plans it changed are told of once,
 * after the commit.
 */
export async function inTransaction<T>(
	db: Kysely<Database>,
	work: (trx: Transaction<Database>) => Promise<T>
): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			let ran: Transaction<Database> | undefined;
			const result = await db.transaction().execute((trx) => {
				ran = trx;
				return work(trx);
			});
			tellCommittedPlanChanges(ran!);
			return result;
		} catch (error) {
			if (attempt >= mostAttempts || !(error instanceof pg.DatabaseError) || !runAgainCodes.has(error.code ?? ''))
				throw error;
			await new Promise((resume) => setTimeout(resume, Math.random() * Math.min(attempt, 10) * 5));
		}
	}
}
