import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { templateDatabase, testPostgresAt } from './postgres-server';

/** The engine this run of the integration suite is on: the same tests run once on each. */
export function testEngine(): 'sqlite' | 'postgres' {
	return inject('postgresUrl') ? 'postgres' : 'sqlite';
}

/** A new, empty database for one test, and a folder of its own (for files kept beside it, as the key). */
export interface TestDatabaseLocation {
	/** A SQLite file's path, or a PostgreSQL database's address. */
	location: string;
	folder: string;
	/** Removes the database and the folder. */
	remove(): Promise<void>;
}

/**
 * On SQLite, a file in a fresh temporary folder (migrated when opened). On PostgreSQL, a copy of the
 * run's migrated template database, dropped afterwards whoever is still connected.
 */
export async function newTestDatabase(): Promise<TestDatabaseLocation> {
	const folder = mkdtempSync(join(tmpdir(), 'golden-thread-test-'));
	const postgresUrl = inject('postgresUrl');
	if (!postgresUrl) {
		return {
			location: join(folder, 'test.db'),
			folder,
			remove: async () => rmSync(folder, { recursive: true, force: true })
		};
	}
	const server = testPostgresAt(postgresUrl);
	const name = `test_${randomBytes(8).toString('hex')}`;
	await server.admin(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase}`);
	return {
		location: server.url(name),
		folder,
		async remove() {
			await server.admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			rmSync(folder, { recursive: true, force: true });
		}
	};
}
