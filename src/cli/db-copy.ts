// `npm run db:copy -- --from <sqlite file> --to <postgres url>`: moves an install from its SQLite file into
// an empty PostgreSQL database, every table and the whole audit log, checked row for row before it commits.
// Run it with the school's server stopped, so that nothing is written to the file meanwhile.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isPostgresUrl } from '../lib/server/config/config';
import { copyDatabase, type CopyResult } from '../lib/server/db/copy-database';
import { openDatabase } from '../lib/server/db/database';
import { migrateToLatest } from '../lib/server/db/migrate';
import { migrationProvider } from '../lib/server/db/migrations';
import { openPostgresDatabase } from '../lib/server/db/postgres-database';

const usage = 'Run it as: npm run db:copy -- --from data/golden-thread.db --to postgres://user:password@host:5432/name';

let from: string;
let to: string;
try {
	const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } }, strict: true });
	if (!values.from || !values.to) throw new Error('Say where to copy from and to.');
	from = resolve(values.from);
	to = values.to;
} catch (error) {
	console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
	process.exit(2);
}
if (!existsSync(from) || !statSync(from).isFile()) {
	console.error(`There is no database file at ${from}.`);
	process.exit(1);
}
if (!isPostgresUrl(to)) {
	console.error(`--to must be a PostgreSQL address (postgres://…), not "${to}".\n${usage}`);
	process.exit(2);
}

const source = openDatabase(from);
const target = openPostgresDatabase(to, { poolSize: 2 });
try {
	// Both brought up to this version first, as starting the server would: the tables must match.
	await migrateToLatest(source.db, migrationProvider);
	await migrateToLatest(target.db, migrationProvider);
	const result = await copyDatabase(source.db, target.db);
	console[result.ok ? 'log' : 'error'](report(result));
	process.exitCode = result.ok ? 0 : 1;
} catch (error) {
	console.error(`Nothing was copied: ${error instanceof Error ? error.message : error}`);
	process.exitCode = 1;
} finally {
	await source.close();
	await target.close();
}

function report(result: CopyResult): string {
	if (result.ok) {
		const rows = result.tables.reduce((sum, table) => sum + table.rows, 0);
		const width = Math.max(...result.tables.map(({ table }) => table.length));
		return [
			`Copied ${rows.toLocaleString('en-GB')} rows in ${result.tables.length} tables from ${from}; every table read back the same as the file.`,
			...result.tables.map(
				({ table, rows }) => `  ${table.padEnd(width)}  ${rows.toLocaleString('en-GB').padStart(9)}`
			),
			'Start the servers with DATABASE_URL set to this database and the secret key the school used (SECRET_KEY, or its key file).'
		].join('\n');
	}
	switch (result.reason) {
		case 'different-tables':
			return `Nothing was copied: the two databases have different tables (only in the file: ${result.onlyInSource.join(', ') || 'none'}; only in PostgreSQL: ${result.onlyInTarget.join(', ') || 'none'}). Is the PostgreSQL database another app's?`;
		case 'target-not-empty':
			return `Nothing was copied: the PostgreSQL database already holds data (in ${result.tables.join(', ')}). Copy into a new, empty database.`;
		case 'contents-differ':
			return `Nothing was copied: ${result.tables.join(', ')} did not read back the same as the file.`;
	}
}
