import SQLite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
	CompiledQuery,
	Kysely,
	SqliteAdapter,
	SqliteDialect,
	SqliteDriver,
	type DatabaseConnection,
	type DialectAdapter,
	type Driver,
	type LogConfig,
	type SqliteDialectConfig
} from 'kysely';
import type { Database } from './schema';

/** The embedded database: one SQLite file, one writing connection. */
export interface SqliteHandle {
	engine: 'sqlite';
	db: Kysely<Database>;
	sqlite: SQLite.Database;
	close(): Promise<void>;
}

/**
 * Opens the SQLite file with the settings that keep data safe: WAL so readers never block the writer,
 * `synchronous=FULL` so a confirmed write survives a power cut, foreign keys enforced, and a busy timeout
 * so a backup or a second process waits rather than fails.
 */
export function openDatabase(path: string, options: { log?: LogConfig } = {}): SqliteHandle {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new SQLite(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = FULL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	const db = new Kysely<Database>({
		dialect: new TransactionalSqliteDialect({ database: withStatementCache(sqlite) }),
		log: options.log
	});
	return {
		engine: 'sqlite',
		db,
		sqlite,
		async close() {
			await db.destroy();
		}
	};
}

/**
 * SQLite can roll back schema changes, but Kysely's adapter says it cannot, so by default a migration that
 * fails half-way would leave half its tables behind. Saying so lets the migrator wrap each run in a
 * transaction: a failed migration changes nothing.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
	override get supportsTransactionalDdl(): boolean {
		return true;
	}
}

/**
 * A write transaction takes the write lock as it begins (`BEGIN IMMEDIATE`). With SQLite's default
 * deferred BEGIN, a transaction that had read first and then wrote, while a second process on the same
 * file (an overlapping restart) had written, failed at once with "database is locked" — the busy timeout
 * cannot help a reader whose snapshot is stale. Taken up front, the lock waits its turn (busy_timeout),
 * and the transaction then reads what the other wrote, so a stale save is refused as such (409).
 */
class ImmediateSqliteDriver extends SqliteDriver {
	override async beginTransaction(connection: DatabaseConnection): Promise<void> {
		await connection.executeQuery(CompiledQuery.raw('begin immediate'));
	}
}

class TransactionalSqliteDialect extends SqliteDialect {
	readonly #config: SqliteDialectConfig;

	constructor(config: SqliteDialectConfig) {
		super(config);
		this.#config = config;
	}

	override createAdapter(): DialectAdapter {
		return new TransactionalSqliteAdapter();
	}

	override createDriver(): Driver {
		return new ImmediateSqliteDriver(this.#config);
	}
}

/**
 * Kysely prepares every query afresh, and preparing was a tenth of a plan page's time. The same SQL text
 * always gives the same statement, so prepared statements are kept and reused (one connection runs one
 * statement at a time, so reuse is safe). Bounded, oldest dropped first.
 */
function withStatementCache(sqlite: SQLite.Database, limit = 500): SQLite.Database {
	const cache = new Map<string, SQLite.Statement>();
	return new Proxy(sqlite, {
		get(target, property, receiver) {
			if (property !== 'prepare') {
				const value: unknown = Reflect.get(target, property, receiver);
				// Native methods must be called on the database itself, not on this proxy.
				return typeof value === 'function' ? value.bind(target) : value;
			}
			return (sql: string) => {
				let statement = cache.get(sql);
				if (statement) {
					cache.delete(sql);
				} else {
					statement = target.prepare(sql);
					if (cache.size >= limit) cache.delete(cache.keys().next().value!);
				}
				cache.set(sql, statement);
				return statement;
			};
		}
	});
}
