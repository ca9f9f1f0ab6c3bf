import { PostgresAdapter, type Kysely } from 'kysely';

/** Which engine a database runs on, for the few places (migrations, error codes) where they differ. */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}
