import { isPostgresUrl } from '../config/config';
import { openDatabase, type SqliteHandle } from './database';
import { openPostgresDatabase, type PostgresHandle, type PostgresOptions } from './postgres-database';

/** The app's database on either engine. */
export type DatabaseHandle = SqliteHandle | PostgresHandle;

/**
 * Opens the database at `location`: a `postgres://` address, or else the path of a SQLite file (which keeps
 * only the options' `log`).
 */
export function openDatabaseAt(location: string, options: PostgresOptions = {}): DatabaseHandle {
	return isPostgresUrl(location) ? openPostgresDatabase(location, options) : openDatabase(location, options);
}
