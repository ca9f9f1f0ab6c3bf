import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import pg from 'pg';

/** The most statements one connection keeps prepared: queries whose text varies (lists of ids) stop there. */
const mostPerConnection = 500;

/**
 * PostgreSQL's answer to a prepared statement whose columns changed under it (a migration added one to a
 * table it reads whole, on another server, while this one ran): it must be prepared again.
 */
export function isStalePlan(error: unknown): boolean {
	return (
		error instanceof pg.DatabaseError &&
		error.code === '0A000' &&
		/cached plan must not change result type/.test(error.message)
	);
}

/**
 * A pool whose connections prepare each parameterised statement once, by a name made from its text, and
 * then only bind and run it: PostgreSQL parses and plans a page's few statements once a connection rather
 * than on every request. Only statements with parameters are named, since those are always one statement
 * (a migration's text may hold several, which a prepared statement cannot).
 */
export function poolPreparingStatements(pool: pg.Pool): PostgresPool {
	const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
	return {
		async connect() {
			const client = await pool.connect();
			let preparing = clients.get(client);
			if (!preparing) {
				preparing = clientPreparingStatements(client);
				clients.set(client, preparing);
			}
			return preparing;
		},
		end: () => pool.end()
	};
}

function clientPreparingStatements(client: pg.PoolClient): PostgresPoolClient {
	/** Each statement's name on this connection; a statement prepared again gets a new one. */
	const names = new Map<string, string>();
	let renamed = 0;
	const nameOf = (text: string): string | undefined => {
		const known = names.get(text);
		if (known || names.size >= mostPerConnection) return known;
		const name = `gt_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
		names.set(text, name);
		return name;
	};
	const run = (text: string, values: unknown[]) => {
		const name = values.length > 0 ? nameOf(text) : undefined;
		return client.query(name ? { name, text, values } : { text, values });
	};
	return {
		async query(text: string, parameters: ReadonlyArray<unknown>): Promise<pg.QueryResult> {
			const values = [...parameters];
			try {
				return await run(text, values);
			} catch (error) {
				if (!isStalePlan(error)) throw error;
				// Prepared again under a new name (the old one cannot be replaced while its name is in use).
				names.set(text, `gt_again_${++renamed}`);
				// Within a transaction the error has ended it; `inTransaction` runs it again.
				if (client.getTransactionStatus() !== 'I') throw error;
				return run(text, values);
			}
		},
		release: () => client.release()
	} as unknown as PostgresPoolClient;
}
