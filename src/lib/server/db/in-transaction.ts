import { sql, type Kysely, type Transaction } from 'kysely';
import pg from 'pg';
import { tellCommittedPlanChanges } from './committed-plan-changes';
import { postgresRunAgainCodes } from './database-busy';
import { isPostgres } from './dialect';
import { isStalePlan } from './prepared-statements';
import type { Database } from './schema';

const mostAttempts = 30;

/**
 * Runs `work` in one transaction. SQLite queues writers one at a time, so the work always sees what came
 * before it. PostgreSQL runs transactions side by side (serializable, see postgres-database.ts) and
 * refuses one that overlapped another's change, rolled back whole: it is run again, after a short random
 * wait so that those refused together do not meet again, as SQLite would have queued it. `work` may then
 * run more than once, so it does nothing outside the database; the plans it changed are told of once,
 * after the commit. Writes that always overlap name what they share in `queueBehind` and wait their turn.
 */
export async function inTransaction<T>(
	db: Kysely<Database>,
	work: (trx: Transaction<Database>) => Promise<T>,
	options: { queueBehind?: string } = {}
): Promise<T> {
	const { queueBehind } = options;
	for (let attempt = 1; ; attempt++) {
		try {
			let ran: Transaction<Database> | undefined;
			const run = (on: Kysely<Database>) =>
				on.transaction().execute((trx) => {
					ran = trx;
					return work(trx);
				});
			const result = queueBehind && isPostgres(db) ? await queued(db, queueBehind, run) : await run(db);
			tellCommittedPlanChanges(ran!);
			return result;
		} catch (error) {
			if (
				attempt >= mostAttempts ||
				!(error instanceof pg.DatabaseError) ||
				!(postgresRunAgainCodes.has(error.code ?? '') || isStalePlan(error))
			)
				throw error;
			await new Promise((resume) => setTimeout(resume, Math.random() * Math.min(attempt, 10) * 5));
		}
	}
}

/**
 * Runs `run` once no other transaction queued behind `key` is running, on any server. Writes that are
 * sure to overlap (two saves to one plan both move its version on) then wait their turn, as on SQLite,
 * rather than all but one being refused and run again, over and over while many save at once. The lock
 * is taken before the transaction begins, so its snapshot already holds the previous writer's change.
 */
async function queued<T>(db: Kysely<Database>, key: string, run: (on: Kysely<Database>) => Promise<T>): Promise<T> {
	return db.connection().execute(async (connection) => {
		await sql`SELECT pg_advisory_lock(hashtext(${key}))`.execute(connection);
		try {
			return await run(connection);
		} finally {
			await sql`SELECT pg_advisory_unlock(hashtext(${key}))`.execute(connection);
		}
	});
}
