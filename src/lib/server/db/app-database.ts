import type { Kysely } from 'kysely';
import { databasePath } from '../config/config';
import { openDatabase, type DatabaseHandle } from './database';
import { migrateToLatest } from './migrate';
import { migrationProvider } from './migrations';
import type { Database } from './schema';

let handle: DatabaseHandle | undefined;

/** Opens the app's database and runs any pending migrations; called once, from the server's `init` hook. */
export async function startDatabase(path = databasePath()): Promise<void> {
	if (handle) return;
	const opened = openDatabase(path);
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
