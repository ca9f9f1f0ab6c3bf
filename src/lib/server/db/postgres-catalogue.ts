import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/** One foreign key, by its first column: `table.column` points at `references.referencedColumn`. */
export interface ForeignKey {
	table: string;
	column: string;
	references: string;
	referencedColumn: string;
}

/** The foreign keys of the tables in the current schema, from PostgreSQL's catalogue. */
export async function foreignKeys(db: Kysely<Database>): Promise<ForeignKey[]> {
	const result = await sql<ForeignKey>`
		SELECT c.conrelid::regclass::text AS "table", a.attname AS "column",
			c.confrelid::regclass::text AS "references", fa.attname AS "referencedColumn"
		FROM pg_constraint c
		JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
		JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]
		WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`.execute(db);
	return result.rows;
}

/**
 * Moves every identity column's sequence past the largest value the table holds, so that rows copied in
 * with their own numbers are followed by new ones, not collided with.
 */
export async function advanceIdentitySequences(db: Kysely<Database>): Promise<void> {
	for (const { table, column } of await identityColumns(db)) {
		await sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), max(${sql.ref(column)}))
			FROM ${sql.table(table)} HAVING max(${sql.ref(column)}) IS NOT NULL`.execute(db);
	}
}

/** The columns PostgreSQL numbers itself (the audit log's and the sign-in counters' ids). */
export async function identityColumns(db: Kysely<Database>): Promise<Array<{ table: string; column: string }>> {
	const result = await sql<{ table: string; column: string }>`
		SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
		WHERE table_schema = current_schema() AND is_identity = 'YES'`.execute(db);
	return result.rows;
}
