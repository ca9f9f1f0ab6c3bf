// `npm run backup -- <file>`: an online backup of the database, safe while the server runs.
import SQLite from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { databaseLocation, databasePath, isPostgresUrl } from '../lib/server/config/config';
import { describeSecretKeySource, secretKeySource } from '../lib/server/secrets/secret-key';

const target = process.argv[2];
if (!target) {
	console.error('Say where to write the backup, for example: npm run backup -- backups/golden-thread-2027-03-05.db');
	process.exit(2);
}
if (isPostgresUrl(databaseLocation())) {
	// PostgreSQL has its own backup tools, which know its files and a running server better than we could.
	console.error(
		[
			"The database is on PostgreSQL (DATABASE_URL), so back it up with PostgreSQL's own tool, pg_dump, which is safe while the servers run:",
			'',
			`  pg_dump --format=custom --file=${resolve(target)} "$DATABASE_URL"`,
			'',
			'To restore: stop the servers, create a new, empty database, load the backup into it, point DATABASE_URL at the new database and start the servers again:',
			'',
			`  pg_restore --no-owner --dbname="postgres://user:password@host:5432/new-database" ${resolve(target)}`,
			'',
			'The secret key (SECRET_KEY or SECRET_KEY_FILE) is not in the database: keep a copy of it too, stored apart from the backups.'
		].join('\n')
	);
	process.exit(1);
}
const source = databasePath();
if (!existsSync(source)) {
	console.error(`There is no database at ${source}. Set DATABASE_PATH if it lives elsewhere.`);
	process.exit(1);
}
const db = new SQLite(source, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
try {
	await db.backup(resolve(target));
	console.log(`Backed up ${source} to ${resolve(target)}`);
	// The key is left out on purpose: a stolen backup should not carry the key to its authenticator keys.
	const key = describeSecretKeySource(secretKeySource(source));
	console.log(`The secret key is not in the backup: keep a copy of ${key} too, stored apart from the backups.`);
	console.log('A backup without its key cannot sign staff in.');
} finally {
	db.close();
}
