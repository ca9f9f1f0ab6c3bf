// `npm run rotate-secret-key [-- --new-key-file <file>]`: re-seals every authenticator key with a new secret
// key. Run it with the server stopped: a running server keeps the old key until it starts again.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { databaseLocation, databasePath, isPostgresUrl } from '../lib/server/config/config';
import { migrateToLatest, MigrationError } from '../lib/server/db/migrate';
import { migrationProvider } from '../lib/server/db/migrations';
import { openDatabaseAt } from '../lib/server/db/open-database';
import { startSecretKey } from '../lib/server/secrets/app-secret-key';
import { rotateSecretKey } from '../lib/server/secrets/rotate-secret-key';
import {
	describeSecretKeySource,
	newSecretKey,
	putPendingSecretKeyInPlace,
	readSecretKeyFile,
	SecretKeyError,
	secretKeyText,
	writePendingSecretKey
} from '../lib/server/secrets/secret-key';

const args = process.argv.slice(2);
const newKeyFile = args[0] === '--new-key-file' && args.length === 2 ? resolve(args[1]!) : undefined;
if (args.length > 0 && !newKeyFile) {
	console.error('Run it on its own to make a new key, or give one: npm run rotate-secret-key -- --new-key-file <file>');
	process.exit(2);
}
// The generated key file is named after the SQLite file, wherever the database is.
const file = databasePath();
const location = databaseLocation();
if (!isPostgresUrl(location) && !existsSync(file)) {
	console.error(`There is no database at ${file}. Set DATABASE_PATH if it lives elsewhere.`);
	process.exit(1);
}

const handle = openDatabaseAt(location);
try {
	// As the server would start: up to date, and every key sealed with the key in use.
	await migrateToLatest(handle.db, migrationProvider);
	const { key: current, source } = await startSecretKey(handle.db, file);
	const next = newKeyFile ? readSecretKeyFile(newKeyFile) : newSecretKey();
	if (newKeyFile && next.id === current.id)
		throw new SecretKeyError(`${newKeyFile} holds the key in use already (${current.id}).`);

	// A key file we made is replaced by the new key, which is on disk before the database changes.
	if (source.kind === 'generated') writePendingSecretKey(source.path, next);
	const count = await rotateSecretKey(handle.db, current, next);
	if (source.kind === 'generated') putPendingSecretKeyInPlace(source.path);

	const keys = count === 1 ? '1 authenticator key' : `${count} authenticator keys`;
	const lines = [`Re-encrypted ${keys} with the new secret key ${next.id} (it was ${current.id}).`];
	if (source.kind === 'generated') {
		lines.push(`The new key is in ${source.path}.`);
	} else if (newKeyFile) {
		lines.push(`Before starting the server, point SECRET_KEY_FILE at ${newKeyFile} (or put its key in SECRET_KEY).`);
	} else {
		// The key came from the operator's settings, which this script does not own: they put the new one there.
		lines.push(
			`The key in use came from ${describeSecretKeySource(source)}. Before starting the server, put this new key there (in SECRET_KEY, or in the file SECRET_KEY_FILE names):`,
			'',
			secretKeyText(next),
			''
		);
	}
	lines.push(
		'Back the new key up with the database now. Backups taken before this open only with the old key: keep it with them.'
	);
	console.log(lines.join('\n'));
} catch (error) {
	// Problems the operator can put right are said plainly, without a stack trace.
	if (!(error instanceof SecretKeyError || error instanceof MigrationError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
} finally {
	await handle.close();
}
