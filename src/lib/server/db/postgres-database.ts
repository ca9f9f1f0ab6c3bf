import pg from 'pg';
import {
	Kysely,
	PostgresDialect,
	PostgresDriver,
	type DatabaseConnection,
	type Driver,
	type LogConfig,
	type TransactionSettings
} from 'kysely';
import { poolPreparingStatements } from './prepared-statements';
import type { Database } from './schema';

/** A PostgreSQL server, reached through a pool of connections: for installs that outgrow one machine. */
export interface PostgresHandle {
	engine: 'postgres';
	db: Kysely<Database>;
	pool: pg.Pool;
	close(): Promise<void>;
}

/** PostgreSQL's 64-bit integers (what `count(*)` answers) arrive as text; every count here fits a number. */
const bigintOid = 20;

/**
 * Opens a pool of at most `poolSize` connections to the server at `url`. Counts come back as numbers, as
 * they do from SQLite, so the repositories read both engines' answers alike.
 */
export interface PostgresOptions {
	poolSize?: number;
	/** Statements prepared once a connection (`prepared-statements.ts`); on unless false. */
	preparedStatements?: boolean;
	log?: LogConfig;
}

export function openPostgresDatabase(url: string, options: PostgresOptions = {}): PostgresHandle {
	const pool = new pg.Pool({
		connectionString: url,
		max: options.poolSize ?? 10,
		types: {
			getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
				oid === bigintOid && format !== 'binary'
					? Number
					: pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
		}
	});
	// A connection dropped while idle in the pool (the server restarted) is replaced on next use; unheard,
	// the error would end the process.
	pool.on('error', (error) => console.error(`A database connection closed: ${error.message}`));
	const db = new Kysely<Database>({
		dialect: new SerializablePostgresDialect({
			pool: options.preparedStatements === false ? pool : poolPreparingStatements(pool)
		}),
		log: options.log
	});
	return {
		engine: 'postgres',
		db,
		pool,
		async close() {
			await db.destroy();
		}
	};
}

/**
 * Every transaction is serializable. On SQLite one writer at a time makes a transaction's reads and writes
 * as if alone (a stale save is seen as stale); PostgreSQL runs transactions side by side, and only at this
 * level refuses one that would have acted on what another changed meanwhile, rather than letting both
 * through. The one refused fails with a serialization error, answered as "busy, try again".
 */
class SerializablePostgresDriver extends PostgresDriver {
	override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
		await super.beginTransaction(connection, {
			...settings,
			isolationLevel: settings.isolationLevel ?? 'serializable'
		});
	}
}

class SerializablePostgresDialect extends PostgresDialect {
	readonly #config: ConstructorParameters<typeof PostgresDialect>[0];

	constructor(config: ConstructorParameters<typeof PostgresDialect>[0]) {
		super(config);
		this.#config = config;
	}

	override createDriver(): Driver {
		return new SerializablePostgresDriver(this.#config);
	}
}
