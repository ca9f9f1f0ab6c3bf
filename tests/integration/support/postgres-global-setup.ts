import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { migrationProvider } from '../../../src/lib/server/db/migrations';
import { openPostgresDatabase } from '../../../src/lib/server/db/postgres-database';
import { startTestPostgres, templateDatabase } from './postgres-server';

declare module 'vitest' {
	export interface ProvidedContext {
		/**
		 * The test PostgreSQL server's maintenance database, from which each test makes its own; provided
		 * only to the `integration-postgres` project, so unset on SQLite.
		 */
		postgresUrl?: string;
	}
}

/**
 * Starts one PostgreSQL server for the run, and migrates a template database on it from scratch (every
 * migration, on PostgreSQL): each test's database is a copy of it, made in a few milliseconds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const server = await startTestPostgres();
	await server.admin(`DROP DATABASE IF EXISTS ${templateDatabase}`);
	await server.admin(`CREATE DATABASE ${templateDatabase}`);
	const template = openPostgresDatabase(server.url(templateDatabase), { poolSize: 1 });
	try {
		await migrateToLatest(template.db, migrationProvider);
	} finally {
		await template.close();
	}
	project.provide('postgresUrl', server.url('postgres'));
	return () => server.stop();
}
