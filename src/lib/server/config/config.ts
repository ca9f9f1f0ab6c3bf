import { resolve } from 'node:path';

/** Where the embedded database lives: `DATABASE_PATH`, or `data/golden-thread.db` under the working folder. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.DATABASE_PATH || 'data/golden-thread.db');
}

/** Whether a database location names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
	return /^postgres(ql)?:\/\//i.test(location);
}

/** The app's database: the PostgreSQL server `DATABASE_URL` names, or else the SQLite file. */
export function databaseLocation(env: NodeJS.ProcessEnv = process.env): string {
	const url = env.DATABASE_URL?.trim();
	if (!url) return databasePath(env);
	if (!isPostgresUrl(url)) {
		throw new Error('DATABASE_URL must be a PostgreSQL address (postgres://user:password@host:5432/name).');
	}
	return url;
}

/** How many connections each server keeps to PostgreSQL: `DATABASE_POOL_SIZE`, 10 unless set. */
export function databasePoolSize(env: NodeJS.ProcessEnv = process.env): number {
	const text = env.DATABASE_POOL_SIZE?.trim();
	if (!text) return 10;
	const size = Number(text);
	if (!Number.isInteger(size) || size < 1 || size > 1000) {
		throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 1000, not "${text}".`);
	}
	return size;
}

/**
 * Whether each server prepares its statements on PostgreSQL (`DATABASE_PREPARED_STATEMENTS`, `on` unless
 * `off`): off only behind a pooler that cannot keep them, such as PgBouncer before 1.21 in transaction mode.
 */
export function databasePreparedStatements(env: NodeJS.ProcessEnv = process.env): boolean {
	const text = env.DATABASE_PREPARED_STATEMENTS?.trim().toLowerCase() || 'on';
	if (text !== 'on' && text !== 'off') {
		throw new Error(`DATABASE_PREPARED_STATEMENTS must be "on" or "off", not "${env.DATABASE_PREPARED_STATEMENTS}".`);
	}
	return text === 'on';
}
