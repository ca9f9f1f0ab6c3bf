// `npm run db:copy -- --from <sqlite file> --to <postgres url>`: moves an install from its SQLite file into
// an empty PostgreSQL database, every table and the whole audit log, checked row for row before it commits.
// With `--join --to-key-file <file>` it adds the school's install to one already in use (a local authority's)
// instead. Run it with the school's server stopped, so that nothing is written to the file meanwhile.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isPostgresUrl } from '../lib/server/config/config';
import { copyDatabase, type CopyResult } from '../lib/server/db/copy-database';
import { openDatabase } from '../lib/server/db/database';
import { joinDatabase, type JoinKeys, type JoinResult } from '../lib/server/install/join-database';
import { migrateToLatest } from '../lib/server/db/migrate';
import { migrationProvider } from '../lib/server/db/migrations';
import { openPostgresDatabase } from '../lib/server/db/postgres-database';
import { generatedKeyFile, readSecretKeyFile, SecretKeyError } from '../lib/server/secrets/secret-key';

const usage = [
	'Run it as: npm run db:copy -- --from data/golden-thread.db --to postgres://user:password@host:5432/name',
	'or, to join an install already in use: … --join --to-key-file <its secret key file> [--from-key-file <the school’s>]'
].join('\n');

let from: string;
let to: string;
let keys: JoinKeys | undefined;
try {
	const { values } = parseArgs({
		options: {
			from: { type: 'string' },
			to: { type: 'string' },
			join: { type: 'boolean' },
			'to-key-file': { type: 'string' },
			'from-key-file': { type: 'string' }
		},
		strict: true
	});
	if (!values.from || !values.to) throw new Error('Say where to copy from and to.');
	if (Boolean(values.join) !== Boolean(values['to-key-file']))
		throw new Error('--join and --to-key-file go together: joining an install needs its secret key.');
	from = resolve(values.from);
	to = values.to;
	if (values.join) {
		// The school's key is the one its server used: the file beside its database, unless another is named.
		keys = {
			school: readSecretKeyFile(resolve(values['from-key-file'] ?? generatedKeyFile(from))),
			authority: readSecretKeyFile(resolve(values['to-key-file']!))
		};
	}
} catch (error) {
	console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
	process.exit(error instanceof SecretKeyError ? 1 : 2);
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
	const result = keys ? await joinDatabase(source.db, target.db, keys) : await copyDatabase(source.db, target.db);
	console[result.ok ? 'log' : 'error'](report(result));
	process.exitCode = result.ok ? 0 : 1;
} catch (error) {
	console.error(`Nothing was copied: ${error instanceof Error ? error.message : error}`);
	process.exitCode = 1;
} finally {
	await source.close();
	await target.close();
}

function report(result: CopyResult | JoinResult): string {
	if (result.ok) {
		const rows = result.tables.reduce((sum, table) => sum + table.rows, 0);
		const width = Math.max(...result.tables.map(({ table }) => table.length));
		return [
			keys
				? `Added ${rows.toLocaleString('en-GB')} rows in ${result.tables.length} tables from ${from} to the install in use; every table read back the rows copied.`
				: `Copied ${rows.toLocaleString('en-GB')} rows in ${result.tables.length} tables from ${from}; every table read back the same as the file.`,
			...result.tables.map(
				({ table, rows }) => `  ${table.padEnd(width)}  ${rows.toLocaleString('en-GB').padStart(9)}`
			),
			keys
				? 'The school’s staff sign in on the install’s servers with their own passwords and authenticator apps: their authenticator keys are now sealed with its secret key.'
				: 'Start the servers with DATABASE_URL set to this database and the secret key the school used (SECRET_KEY, or its key file).'
		].join('\n');
	}
	switch (result.reason) {
		case 'different-tables':
			return `Nothing was copied: the two databases have different tables (only in the file: ${result.onlyInSource.join(', ') || 'none'}; only in PostgreSQL: ${result.onlyInTarget.join(', ') || 'none'}). Is the PostgreSQL database another app's?`;
		case 'target-not-empty':
			return `Nothing was copied: the PostgreSQL database already holds data (in ${result.tables.join(', ')}). Copy into a new, empty database, or add --join and --to-key-file to join the school to that install.`;
		case 'contents-differ':
			return `Nothing was copied: ${result.tables.join(', ')} did not read back the same as the file.`;
		case 'wrong-key':
			return `Nothing was copied: the ${result.whose === 'school' ? 'school’s' : 'install’s'} authenticator keys were sealed with secret key ${result.needed.join(' and ')}, but the key file given for it holds key ${result.given}.`;
		case 'already-there':
			return `Nothing was copied: the install already holds a row of ${result.table} that the school has too (${result.detail}) — is the school there already, or does someone have an account in both? Change the email address of one of the two accounts, then copy again.`;
	}
}
