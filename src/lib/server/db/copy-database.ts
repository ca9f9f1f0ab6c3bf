import { sql, type Kysely } from 'kysely';
import { inTransaction } from './in-transaction';
import { advanceIdentitySequences, foreignKeys, type ForeignKey } from './postgres-catalogue';
import type { Database } from './schema';
import { appTableNames, tableContents } from './table-contents';

export type CopyResult =
	| { ok: true; tables: Array<{ table: string; rows: number }> }
	| { ok: false; reason: 'different-tables'; onlyInSource: string[]; onlyInTarget: string[] }
	| { ok: false; reason: 'target-not-empty'; tables: string[] }
	| { ok: false; reason: 'contents-differ'; tables: string[] };

/** Rows to an insert: PostgreSQL takes at most 65,535 parameters to a statement. */
const mostParameters = 60_000;

/**
 * Copies every row of every table from `source` (a school's SQLite file) into `target` (an empty PostgreSQL
 * database on the same migration), keeping every id, the audit log's numbering included. All in one
 * transaction, which commits only once each table's row count and checksum read back equal to the
 * source's: the copy is whole and exact, or nothing is written.
 */
export async function copyDatabase(source: Kysely<Database>, target: Kysely<Database>): Promise<CopyResult> {
	const tables = await sameTables(source, target);
	if (!Array.isArray(tables)) return tables;

	const holding: string[] = [];
	for (const table of tables) if ((await tableContents(target, table)).rows > 0) holding.push(table);
	if (holding.length > 0) return { ok: false, reason: 'target-not-empty', tables: holding };

	const keys = await foreignKeys(target);
	try {
		return await inTransaction(target, async (trx) => {
			const copied: Array<{ table: string; rows: number }> = [];
			for (const table of insertionOrder(tables, keys)) {
				const rows = (await sql<Row>`SELECT * FROM ${sql.table(table)}`.execute(source)).rows;
				const selfKeys = keys.filter((key) => key.table === table && key.references === table);
				await insertRows(trx, table, selfKeys.reduce(parentsFirst, rows));
				copied.push({ table, rows: rows.length });
			}
			await advanceIdentitySequences(trx);
			const differ: string[] = [];
			for (const table of tables) {
				const [from, to] = [await tableContents(source, table), await tableContents(trx, table)];
				if (from.rows !== to.rows || from.checksum !== to.checksum) differ.push(table);
			}
			if (differ.length > 0) throw new ContentsDiffer(differ);
			return { ok: true, tables: copied };
		});
	} catch (error) {
		if (error instanceof ContentsDiffer) return { ok: false, reason: 'contents-differ', tables: error.tables };
		throw error;
	}
}

export type Row = Record<string, unknown>;

/** The tables both databases hold, or what differs: the two must be on the same migration. */
export async function sameTables(
	source: Kysely<Database>,
	target: Kysely<Database>
): Promise<string[] | { ok: false; reason: 'different-tables'; onlyInSource: string[]; onlyInTarget: string[] }> {
	const tables = await appTableNames(source);
	const targetTables = await appTableNames(target);
	const onlyInSource = tables.filter((table) => !targetTables.includes(table));
	const onlyInTarget = targetTables.filter((table) => !tables.includes(table));
	if (onlyInSource.length > 0 || onlyInTarget.length > 0)
		return { ok: false, reason: 'different-tables', onlyInSource, onlyInTarget };
	return tables;
}

class ContentsDiffer extends Error {
	constructor(readonly tables: string[]) {
		super(`The copy of ${tables.join(', ')} did not read back the same.`);
	}
}

/** Inserts the rows, many to a statement, in their order; answers the values of column `returning`, if named. */
export async function insertRows(
	trx: Kysely<Database>,
	table: string,
	rows: Row[],
	returning?: string
): Promise<unknown[]> {
	if (rows.length === 0) return [];
	const perInsert = Math.max(1, Math.floor(mostParameters / Object.keys(rows[0]!).length));
	// The tables are named at run time, from the databases themselves.
	const tables = trx as unknown as Kysely<Record<string, Row>>;
	const returned: unknown[] = [];
	for (let start = 0; start < rows.length; start += perInsert) {
		const insert = tables.insertInto(table).values(rows.slice(start, start + perInsert));
		if (!returning) await insert.execute();
		else returned.push(...(await insert.returning(returning).execute()).map((row) => row[returning]));
	}
	return returned;
}

/** Tables ordered so that each comes after every table it references (its references to itself aside). */
export function insertionOrder(tables: string[], keys: ForeignKey[]): string[] {
	const order: string[] = [];
	const placed = new Set<string>();
	let pending = [...tables];
	while (pending.length > 0) {
		const ready = pending.filter((table) =>
			keys.every((key) => key.table !== table || key.references === table || placed.has(key.references))
		);
		if (ready.length === 0) throw new Error(`These tables reference each other in a circle: ${pending.join(', ')}.`);
		for (const table of ready) placed.add(table);
		order.push(...ready);
		pending = pending.filter((table) => !placed.has(table));
	}
	return order;
}

/** Rows ordered so that a row referring to another of its table (an item's parent) follows it. */
export function parentsFirst(rows: Row[], key: ForeignKey): Row[] {
	const byKey = new Map(rows.map((row) => [row[key.referencedColumn], row]));
	const ordered: Row[] = [];
	const seen = new Set<Row>();
	const visit = (row: Row) => {
		if (seen.has(row)) return;
		seen.add(row);
		const parent = row[key.column] === null ? undefined : byKey.get(row[key.column]);
		if (parent) visit(parent);
		ordered.push(row);
	};
	rows.forEach(visit);
	return ordered;
}
