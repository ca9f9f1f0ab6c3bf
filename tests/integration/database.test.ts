import { sql, type Migration } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db/database';
import { migrateToLatest, MigrationError } from '$lib/server/db/migrate';
import { migrationProvider, migrations } from '$lib/server/db/migrations';
import {
	createTempDatabase,
	createTempSqliteDatabase,
	type TempDatabase,
	type TempSqliteDatabase
} from './support/temp-database';
import { testEngine } from './support/test-engine';
import { tableNames } from '../unit/interchange/support';

let temp: TempDatabase | TempSqliteDatabase | undefined;
afterEach(async () => {
	await temp?.dispose();
	temp = undefined;
});

// SQLite's own settings and files: once, in the SQLite run.
describe.skipIf(testEngine() === 'postgres')('the embedded database file', () => {
	it('opens with WAL, full sync, foreign keys and a busy timeout of at least 5 s', async () => {
		const sqlite = await createTempSqliteDatabase();
		temp = sqlite;
		expect(sqlite.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(sqlite.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
		expect(sqlite.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(sqlite.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
	});

	it('creates the folder for a database file that does not exist yet', async () => {
		temp = await createTempSqliteDatabase();
		const nested = openDatabase(`${temp.folder}/deeper/still/new.db`);
		await expect(sql`SELECT 1 AS one`.execute(nested.db)).resolves.toMatchObject({ rows: [{ one: 1 }] });
		await nested.close();
	});
});

describe(`the database, on ${testEngine()}`, () => {
	it('runs every migration from scratch, and a second run finds nothing to do', async () => {
		temp = await createTempDatabase();
		const applied = await temp.db
			.selectFrom('kysely_migration' as never)
			.select(sql<string>`name`.as('name'))
			.execute();
		expect(applied.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
		expect(await migrateToLatest(temp.db, migrationProvider)).toEqual([]);
	});

	it('refuses a write that breaks a foreign key', async () => {
		temp = await createTempDatabase();
		await expect(
			temp.db
				.insertInto('audit_event')
				.values({
					at: '2026-11-22T10:00:00Z',
					organisation_id: 'nobody',
					action: 'plan.changed',
					account_id: null,
					plan_id: null,
					item: null,
					ip: null
				})
				.execute()
		).rejects.toThrow(/foreign key/i);
	});

	it('stops on a failed migration with a plain message and changes nothing', async () => {
		temp = await createTempDatabase();
		const before = await tableNames(temp.db);
		expect(before).toContain('plan_item');
		const broken: Migration = {
			async up(db) {
				await db.schema.createTable('half_made').addColumn('id', 'text').execute();
				await sql`THIS IS NOT SQL`.execute(db);
			}
		};
		const provider = { getMigrations: async () => ({ ...migrations, '2999-01-01-01-broken': broken }) };
		await expect(migrateToLatest(temp.db, provider)).rejects.toThrow(MigrationError);
		await expect(migrateToLatest(temp.db, provider)).rejects.toThrow(
			/migration "2999-01-01-01-broken" failed.*Nothing was changed/
		);
		expect(await tableNames(temp.db)).toEqual(before);
	});

	it('keeps the audit log append-only: UPDATE and DELETE are refused', async () => {
		temp = await createTempDatabase();
		await temp.db
			.insertInto('organisation')
			.values({ id: 'org', name: 'Riverside Academy', kind: 'school', created_at: '2026-11-22T10:00:00Z' })
			.execute();
		await temp.db
			.insertInto('audit_event')
			.values({
				at: '2026-11-22T10:00:00Z',
				organisation_id: 'org',
				action: 'sign-in',
				account_id: null,
				plan_id: null,
				item: null,
				ip: null
			})
			.execute();
		await expect(temp.db.updateTable('audit_event').set({ action: 'plan.agreed' }).execute()).rejects.toThrow(
			/append-only/
		);
		await expect(temp.db.deleteFrom('audit_event').execute()).rejects.toThrow(/append-only/);
		if (testEngine() === 'postgres')
			await expect(sql`TRUNCATE audit_event`.execute(temp.db)).rejects.toThrow(/append-only/);
		expect(await temp.db.selectFrom('audit_event').select('action').execute()).toEqual([{ action: 'sign-in' }]);
	});

	it.runIf(testEngine() === 'postgres')(
		'refuses a migration with SQL only SQLite understands, naming it, rather than half-running it',
		async () => {
			temp = await createTempDatabase();
			const sqliteOnly: Migration = {
				async up(db) {
					await db.schema.createTable('half_made').addColumn('id', 'text').execute();
					await sql`CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)`.execute(db);
				}
			};
			const provider = { getMigrations: async () => ({ ...migrations, '2999-01-01-01-sqlite-only': sqliteOnly }) };
			await expect(migrateToLatest(temp.db, provider)).rejects.toThrow(/PostgreSQL cannot run: CREATE TABLE t/);
			expect(await tableNames(temp.db)).not.toContain('half_made');
		}
	);
});
