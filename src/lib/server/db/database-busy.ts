import SQLite from 'better-sqlite3';

/**
 * Whether an error is the database being busy (another process held the write lock past the busy
 * timeout): a moment's wait and a retry will do, so it is answered 503, not 500.
 */
export function isDatabaseBusy(error: unknown): boolean {
	return error instanceof SQLite.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code);
}
