import { test } from '@playwright/test';
import type { Kysely } from 'kysely';
import { e2eDatabasePath, e2ePostgresSecretKey, e2ePostgresUrl } from '../../../playwright.config';
import { openDatabaseAt } from '../../../src/lib/server/db/open-database';
import type { Database } from '../../../src/lib/server/db/schema';
import { loadSecretKey, parseSecretKey, type SecretKey } from '../../../src/lib/server/secrets/secret-key';

/**
 * The database of the server the running test talks to: the SQLite file, or for the `postgres` projects
 * the PostgreSQL database (playwright.config.ts). Seeds and checks go through Kysely, so they run on both.
 */
function onPostgres(): boolean {
	return test.info().project.name.startsWith('postgres');
}

/** Runs `work` on the e2e server's database, opened for it alone (SQLite in WAL, so the server keeps serving). */
export async function withE2eDatabase<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
	const handle = openDatabaseAt(onPostgres() ? e2ePostgresUrl : e2eDatabasePath, { poolSize: 2 });
	if (handle.engine === 'sqlite') handle.sqlite.pragma('busy_timeout = 10000');
	try {
		return await work(handle.db);
	} finally {
		await handle.close();
	}
}

/** The key the e2e server seals authenticator keys with. */
export function e2eSecretKey(): SecretKey {
	return onPostgres()
		? parseSecretKey(e2ePostgresSecretKey, 'the e2e PostgreSQL server’s SECRET_KEY')
		: loadSecretKey(e2eDatabasePath, process.env, { create: false }).key;
}
