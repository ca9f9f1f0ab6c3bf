// A writer in its own process: commits one organisation and its audit row per transaction, and prints
// each organisation's id on stdout only once its commit has returned. The crash and backup tests kill it.
import { openDatabase } from '../../../src/lib/server/db/database';

const path = process.argv[2];
if (!path) throw new Error('usage: writer.ts <database file>');
const { db } = openDatabase(path);
const prefix = `${process.pid}-`;

for (let n = 0; ; n++) {
	const id = prefix + n;
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('organisation')
			.values({ id, name: `Organisation ${n}`, kind: 'school', created_at: new Date().toISOString() })
			.execute();
		await trx
			.insertInto('audit_event')
			.values({
				at: new Date().toISOString(),
				organisation_id: id,
				action: 'organisation.set-up',
				account_id: null,
				plan_id: null,
				item: null,
				ip: null
			})
			.execute();
	});
	process.stdout.write(id + '\n');
}
