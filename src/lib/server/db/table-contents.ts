import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/** How many rows a table holds and a checksum of them all: equal on two databases, the same contents. */
export interface TableContents {
	rows: number;
	checksum: string;
}

/**
 * Reads a whole table, on either engine. Rows have no order of their own on PostgreSQL, so each is written
 * as JSON and the lines sorted before hashing; both engines give integers as numbers and text as strings.
 */
export async function tableContents(db: Kysely<Database>, table: string): Promise<TableContents> {
	const result = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(db);
	const lines = result.rows.map((row) => JSON.stringify(row));
	return { rows: lines.length, checksum: checksumOfLines(lines) };
}

/** A checksum of rows written one a line, whatever their order (the lines are sorted first). */
export function checksumOfLines(lines: string[]): string {
	return createHash('sha256')
		.update([...lines].sort().join('\n'))
		.digest('hex');
}

/** The app's tables (not the migrator's), by name. */
export async function appTableNames(db: Kysely<Database>): Promise<string[]> {
	return (await db.introspection.getTables()).map((table) => table.name).sort();
}
