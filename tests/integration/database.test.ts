import { sql, type Migration } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db/database';
import { migrateToLatest, MigrationError } from '$lib/server/db/migrate';
import { migrationProvider, migrations } from '$lib/server/db/migrations';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase | undefined;
afterEach(async () => {
	await temp?.dispose();
	temp = undefined;
});

describe('the embedded database', () => {
	it('opens with WAL, full sync, foreign keys and a busy timeout of at least 5 s', async () => {
		temp = await createTempDatabase();
		expect(temp.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(temp.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
		expect(temp.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(temp.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
	});

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
		).rejects.toThrow(/FOREIGN KEY/);
	});

	it('stops on a failed migration with a plain message and changes nothing', async () => {
		temp = await createTempDatabase();
		const before = temp.sqlite.prepare('SELECT name FROM sqlite_master ORDER BY name').all();
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
		expect(temp.sqlite.prepare('SELECT name FROM sqlite_master ORDER BY name').all()).toEqual(before);
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
		expect(await temp.db.selectFrom('audit_event').select('action').execute()).toEqual([{ action: 'sign-in' }]);
	});

	it('creates the folder for a database file that does not exist yet', async () => {
		temp = await createTempDatabase();
		const nested = openDatabase(`${temp.folder}/deeper/still/new.db`);
		await expect(sql`SELECT 1 AS one`.execute(nested.db)).resolves.toMatchObject({ rows: [{ one: 1 }] });
		await nested.close();
	});
});
