import { sql, type Kysely } from 'kysely';
import { seal, sealedKeyId, unseal } from '../secrets/sealed-text';
import type { SecretKey } from '../secrets/secret-key';
import { listTotpKeys } from '../db/accounts';
import { insertionOrder, insertRows, parentsFirst, sameTables, type Row } from '../db/copy-database';
import { inTransaction } from '../db/in-transaction';
import { foreignKeys, identityColumns } from '../db/postgres-catalogue';
import { recordAudit } from '../db/record-audit';
import type { Database } from '../db/schema';
import { checksumOfLines } from '../db/table-contents';

export type JoinResult =
	| { ok: true; tables: Array<{ table: string; rows: number }> }
	| { ok: false; reason: 'different-tables'; onlyInSource: string[]; onlyInTarget: string[] }
	| { ok: false; reason: 'wrong-key'; whose: 'school' | 'authority'; needed: string[]; given: string }
	| { ok: false; reason: 'already-there'; table: string; detail: string }
	| { ok: false; reason: 'contents-differ'; tables: string[] };

/** The secret keys each side's authenticator keys are sealed with. */
export interface JoinKeys {
	school: SecretKey;
	authority: SecretKey;
}

/** Values to an `IN (…)`: well under PostgreSQL's 65,535 parameters. */
const mostValues = 10_000;

/**
 * Joins a school's install (its SQLite file) to an install already in use (a local authority's PostgreSQL),
 * every row of the school's added beside what is there. Ids are kept, except the numbers PostgreSQL gives
 * (the audit log's and the sign-in counters'), which follow on after the authority's own, in the school's
 * order; the school's authenticator keys are sealed again with the authority's secret key. One transaction,
 * committed only once every table reads back exactly the rows copied (by their ids, so the authority's
 * servers may go on working meanwhile), with 'install.joined' in each school organisation's audit log: a row
 * the authority already holds (the same id, or an email address in use there) stops it, and nothing is written.
 */
export async function joinDatabase(
	source: Kysely<Database>,
	target: Kysely<Database>,
	keys: JoinKeys
): Promise<JoinResult> {
	const tables = await sameTables(source, target);
	if (!Array.isArray(tables)) return tables;
	const wrongKey =
		(await keyMismatch(source, keys.school, 'school')) ?? (await keyMismatch(target, keys.authority, 'authority'));
	if (wrongKey) return wrongKey;

	const keysOf = await foreignKeys(target);
	const numbered = new Map((await identityColumns(target)).map(({ table, column }) => [table, column]));
	const schoolRows = new Map<string, Row[]>();
	for (const table of tables) {
		const rows = (await sql<Row>`SELECT * FROM ${sql.table(table)}`.execute(source)).rows;
		const selfKeys = keysOf.filter((key) => key.table === table && key.references === table);
		schoolRows.set(
			table,
			selfKeys.reduce(parentsFirst, rows).map((row) => asJoined(row, table, numbered, keys))
		);
	}

	try {
		return await inTransaction(target, async (trx) => {
			const copied: Array<{ table: string; rows: number }> = [];
			const differ: string[] = [];
			for (const table of insertionOrder(tables, keysOf)) {
				const rows = schoolRows.get(table)!;
				const number = numbered.get(table);
				const returned = await insertRows(trx, table, rows, number);
				copied.push({ table, rows: rows.length });
				// Read back by key: the numbers just given, or the school's own ids (random, so only its rows have them).
				const column = number ?? ('id' in (rows[0] ?? {}) ? 'id' : Object.keys(rows[0] ?? {})[0]);
				const values = number ? returned : [...new Set(rows.map((row) => row[column!]))];
				// Compared as a whole (sorted lines, so the counts too) with the rows as they were sent.
				const readBack = column ? await rowsWhereIn(trx, table, column, values) : [];
				const comparableRows = (list: Row[]) =>
					checksumOfLines(list.map((row) => comparable(row, number, keys.authority)));
				if (comparableRows(readBack) !== comparableRows(rows)) differ.push(table);
			}
			if (differ.length > 0) throw new ContentsDiffer(differ);
			const rows = copied.reduce((sum, table) => sum + table.rows, 0);
			for (const organisation of schoolRows.get('organisation')!)
				await recordAudit(trx, {
					organisation_id: String(organisation.id),
					account_id: null,
					plan_id: null,
					action: 'install.joined',
					item: `${rows} rows`,
					ip: null
				});
			return { ok: true as const, tables: copied };
		});
	} catch (error) {
		if (error instanceof ContentsDiffer) return { ok: false, reason: 'contents-differ', tables: error.tables };
		if (isUniqueViolation(error))
			return { ok: false, reason: 'already-there', table: error.table, detail: error.detail };
		throw error;
	}
}

class ContentsDiffer extends Error {
	constructor(readonly tables: string[]) {
		super(`The copy of ${tables.join(', ')} did not read back the same.`);
	}
}

/** A school's row as it is added: without the number PostgreSQL will give it, its authenticator key re-sealed. */
function asJoined(row: Row, table: string, numbered: Map<string, string>, keys: JoinKeys): Row {
	const joined = { ...row };
	const number = numbered.get(table);
	if (number) delete joined[number];
	if (table === 'account' && typeof row.totp_key === 'string') {
		// A key stored before keys were sealed is plain base32; the server would seal it at its next start.
		const plain = sealedKeyId(row.totp_key) ? unseal(row.totp_key, keys.school) : row.totp_key;
		joined.totp_key = seal(plain, keys.authority);
	}
	return joined;
}

/** A row as compared after the copy: the given number left out, the authenticator key opened (sealing is randomised). */
function comparable(row: Row, number: string | undefined, authority: SecretKey): string {
	const rest = { ...row };
	if (number) delete rest[number];
	if (typeof rest.totp_key === 'string') rest.totp_key = unseal(rest.totp_key, authority);
	return JSON.stringify(rest);
}

async function rowsWhereIn(db: Kysely<Database>, table: string, column: string, values: unknown[]): Promise<Row[]> {
	const rows: Row[] = [];
	for (let start = 0; start < values.length; start += mostValues) {
		const chunk = values.slice(start, start + mostValues);
		const result =
			await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE ${sql.ref(column)} IN (${sql.join(chunk)})`.execute(db);
		rows.push(...result.rows);
	}
	return rows;
}

/** Whether every authenticator key the database holds sealed was sealed with `key`. */
async function keyMismatch(
	db: Kysely<Database>,
	key: SecretKey,
	whose: 'school' | 'authority'
): Promise<JoinResult | undefined> {
	const needed = new Set((await listTotpKeys(db)).flatMap((row) => sealedKeyId(row.totp_key) ?? []));
	needed.delete(key.id);
	return needed.size > 0 ? { ok: false, reason: 'wrong-key', whose, needed: [...needed], given: key.id } : undefined;
}

function isUniqueViolation(error: unknown): error is { table: string; detail: string } {
	return (
		typeof error === 'object' &&
		error !== null &&
		(error as { code?: unknown }).code === '23505' &&
		typeof (error as { table?: unknown }).table === 'string'
	);
}
