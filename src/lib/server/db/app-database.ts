import type { Kysely } from 'kysely';
import { databaseLocation, databasePoolSize, databasePreparedStatements } from '../config/config';
import { migrateToLatest } from './migrate';
import { migrationProvider } from './migrations';
import { openDatabaseAt, type DatabaseHandle } from './open-database';
import type { Database } from './schema';

let handle: DatabaseHandle | undefined;

/**
 * Opens the app's database (a SQLite file, or the PostgreSQL server a `postgres://` location names) and
 * runs any pending migrations; called once, from the server's `init` hook.
 */
export async function startDatabase(location = databaseLocation()): Promise<void> {
	if (handle) return;
	const opened = openDatabaseAt(location, {
		poolSize: databasePoolSize(),
		preparedStatements: databasePreparedStatements()
	});
	try {
		await migrateToLatest(opened.db, migrationProvider);
	} catch (error) {
		await opened.close();
		throw error;
	}
	handle = opened;
}

/** The app's database. */
export function database(): Kysely<Database> {
	if (!handle) throw new Error('The database has not been started.');
	return handle.db;
}

export async function stopDatabase(): Promise<void> {
	const closing = handle;
	handle = undefined;
	await closing?.close();
}
