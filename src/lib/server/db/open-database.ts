import type { LogConfig } from 'kysely';
import { isPostgresUrl } from '../config/config';
import { openDatabase, type SqliteHandle } from './database';
import { openPostgresDatabase, type PostgresHandle } from './postgres-database';

/** The app's database on either engine. */
export type DatabaseHandle = SqliteHandle | PostgresHandle;

/** Opens the database at `location`: a `postgres://` address, or else the path of a SQLite file. */
export function openDatabaseAt(location: string, options: { poolSize?: number; log?: LogConfig } = {}): DatabaseHandle {
	return isPostgresUrl(location) ? openPostgresDatabase(location, options) : openDatabase(location, options);
}
