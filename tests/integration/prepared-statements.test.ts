import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '$lib/server/db/in-transaction';
import { openPostgresDatabase, type PostgresHandle } from '$lib/server/db/postgres-database';
import { newTestDatabase, testEngine, type TestDatabaseLocation } from './support/test-engine';

/**
 * On PostgreSQL each parameterised statement is prepared once a connection and then run by name; one whose
 * table changed under it (a migration run by another server) is prepared again rather than failing.
 */
describe.runIf(testEngine() === 'postgres')('prepared statements on PostgreSQL', () => {
	let where: TestDatabaseLocation;
	let handle: PostgresHandle;
	beforeEach(async () => {
		where = await newTestDatabase();
		// One connection, so that every statement here meets the same prepared ones.
		handle = openPostgresDatabase(where.location, { poolSize: 1 });
		await handle.db
			.insertInto('organisation')
			.values({ id: 'org', name: 'School org', kind: 'school', created_at: '2026-11-22T09:00:00Z' })
			.execute();
	});
	afterEach(async () => {
		await handle.close();
		await where.remove();
	});

	const readOrganisation = () => handle.db.selectFrom('organisation').selectAll().where('id', '=', 'org').execute();
	const prepared = async () =>
		(
			await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements ORDER BY prepare_time`.execute(
				handle.db
			)
		).rows.map((row) => row.statement);

	it('prepares a statement with parameters once, and runs it by name after', async () => {
		await readOrganisation();
		await readOrganisation();
		expect(await readOrganisation()).toMatchObject([{ id: 'org', name: 'School org' }]);
		const statements = await prepared();
		expect(statements.filter((text) => text.startsWith('select * from "organisation"'))).toHaveLength(1);
		// Insert (with parameters) prepared too; the catalogue read above (none) is not.
		expect(statements).toHaveLength(2);
	});

	it('prepares a statement again when its table gained a column, outside a transaction and inside one', async () => {
		await readOrganisation();
		const other = openPostgresDatabase(where.location, { poolSize: 1 });
		try {
			await sql`ALTER TABLE organisation ADD COLUMN motto text DEFAULT 'Learn together'`.execute(other.db);
			expect(await readOrganisation()).toMatchObject([{ id: 'org', motto: 'Learn together' }]);

			await sql`ALTER TABLE organisation ADD COLUMN colour text DEFAULT 'green'`.execute(other.db);
			const [row] = await inTransaction(handle.db, (trx) =>
				trx.selectFrom('organisation').selectAll().where('id', '=', 'org').execute()
			);
			expect(row).toMatchObject({ id: 'org', motto: 'Learn together', colour: 'green' });
		} finally {
			await other.close();
		}
	});
});
