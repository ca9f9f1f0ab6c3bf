import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '$lib/server/db/database';
import { migrateToLatest } from '$lib/server/db/migrate';
import { migrationProvider } from '$lib/server/db/migrations';

export interface TempDatabase extends DatabaseHandle {
	path: string;
	folder: string;
	/** Closes the database and removes its folder. */
	dispose(): Promise<void>;
}

/** A real SQLite file in a fresh temporary folder, migrated from scratch. */
export async function createTempDatabase(): Promise<TempDatabase> {
	const folder = mkdtempSync(join(tmpdir(), 'golden-thread-test-'));
	const path = join(folder, 'test.db');
	const handle = openDatabase(path);
	await migrateToLatest(handle.db, migrationProvider);
	return {
		...handle,
		path,
		folder,
		async dispose() {
			await handle.close();
			rmSync(folder, { recursive: true, force: true });
		}
	};
}
