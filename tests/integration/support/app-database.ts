import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { database, startDatabase, stopDatabase } from '$lib/server/db/app-database';
import type { Database } from '$lib/server/db/schema';
import { startSecretKey } from '$lib/server/secrets/app-secret-key';
import { newTestDatabase } from './test-engine';

export interface TempAppDatabase {
	/** The same handle the use cases open through `database()`. */
	db: Kysely<Database>;
	/** The SQLite file's path or the PostgreSQL database's address, for a process of its own to open. */
	location: string;
	/** The folder the secret key is kept in. */
	folder: string;
	/** Stops the app's database and removes it. */
	dispose(): Promise<void>;
}

/**
 * The app's own database (what use cases open themselves), new and migrated, on the engine this run is
 * on, with its secret key. One at a time: the app has one database.
 */
export async function startTempAppDatabase(): Promise<TempAppDatabase> {
	const { location, folder, remove } = await newTestDatabase();
	await startDatabase(location);
	// No settings from the environment: the key is made in the test's folder, as on a first start.
	await startSecretKey(database(), join(folder, 'test.db'), {});
	return {
		db: database(),
		location,
		folder,
		async dispose() {
			await stopDatabase();
			await remove();
		}
	};
}
