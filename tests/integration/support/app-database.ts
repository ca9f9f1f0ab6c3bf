import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { database, startDatabase, stopDatabase } from '$lib/server/db/app-database';
import type { Database } from '$lib/server/db/schema';
import { startSecretKey } from '$lib/server/secrets/app-secret-key';

export interface TempAppDatabase {
	/** The same handle the use cases open through `database()`. */
	db: Kysely<Database>;
	/** The database file, for a process of its own to open. */
	path: string;
	/** Stops the app's database and removes its folder. */
	dispose(): Promise<void>;
}

/**
 * The app's own database (what use cases open themselves) on a real SQLite file in a fresh temporary
 * folder, migrated from scratch, with its secret key. One at a time: the app has one database.
 */
export async function startTempAppDatabase(): Promise<TempAppDatabase> {
	const folder = mkdtempSync(join(tmpdir(), 'golden-thread-test-'));
	const path = join(folder, 'test.db');
	await startDatabase(path);
	// No settings from the environment: the key is made beside the file, as on a first start.
	await startSecretKey(database(), path, {});
	return {
		db: database(),
		path,
		async dispose() {
			await stopDatabase();
			rmSync(folder, { recursive: true, force: true });
		}
	};
}
