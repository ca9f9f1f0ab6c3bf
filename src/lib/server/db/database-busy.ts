import SQLite from 'better-sqlite3';
import pg from 'pg';

/**
 * PostgreSQL's codes for a transaction refused because others ran alongside it (serialization failure,
 * deadlock; `inTransaction` runs those again itself), and for a server with no connection to spare or a
 * lock not free: a moment's wait and a retry will do.
 */
export const postgresRunAgainCodes: ReadonlySet<string> = new Set(['40001', '40P01']);
const postgresBusyCodes = new Set([...postgresRunAgainCodes, '53300', '55P03']);

/**
 * Whether an error is the database being busy (on SQLite, another process held the write lock past the
 * busy timeout; on PostgreSQL, a transaction refused because of another or no connection free): a
 * moment's wait and a retry will do, so it is answered 503, not 500.
 */
export function isDatabaseBusy(error: unknown): boolean {
	if (error instanceof pg.DatabaseError) return postgresBusyCodes.has(error.code ?? '');
	return error instanceof SQLite.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code);
}
