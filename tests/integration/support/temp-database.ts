import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type SqliteHandle } from '$lib/server/db/database';
import { migrateToLatest } from '$lib/server/db/migrate';
import { migrationProvider } from '$lib/server/db/migrations';
import { openDatabaseAt, type DatabaseHandle } from '$lib/server/db/open-database';
import { newTestDatabase } from './test-engine';

export type TempDatabase = DatabaseHandle & {
	/** The SQLite file's path or the PostgreSQL database's address, for a process of its own to open. */
	location: string;
	folder: string;
	/** Closes the database and removes it. */
	dispose(): Promise<void>;
};

/** A real, migrated, empty database on the engine this run is on. */
export async function createTempDatabase(): Promise<TempDatabase> {
	const { location, folder, remove } = await newTestDatabase();
	return migrated(openDatabaseAt(location), { location, folder }, remove);
}

export interface TempSqliteDatabase extends SqliteHandle {
	path: string;
	/** The same path, as `TempDatabase` names it. */
	location: string;
	folder: string;
	dispose(): Promise<void>;
}

/** A real SQLite file in a fresh temporary folder, migrated from scratch: for what only SQLite has (its file). */
export async function createTempSqliteDatabase(): Promise<TempSqliteDatabase> {
	const folder = mkdtempSync(join(tmpdir(), 'golden-thread-test-'));
	const path = join(folder, 'test.db');
	return migrated(openDatabase(path), { path, location: path, folder }, () =>
		rmSync(folder, { recursive: true, force: true })
	);
}

/** The handle, migrated from scratch, with what else a test needs of it and how to remove it after. */
async function migrated<Handle extends DatabaseHandle, Extra>(
	handle: Handle,
	extra: Extra,
	remove: () => unknown
): Promise<Handle & Extra & { dispose(): Promise<void> }> {
	await migrateToLatest(handle.db, migrationProvider);
	return {
		...handle,
		...extra,
		async dispose() {
			await handle.close();
			await remove();
		}
	};
}
