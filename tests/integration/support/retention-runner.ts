// The retention job in a process of its own, as a second server would run it: it opens the database
// file, says "ready", waits for "go" on stdin (so that two runners start their work together), runs the
// job once and prints what it deleted as JSON.
import { createInterface } from 'node:readline';
import { startDatabase, stopDatabase } from '../../../src/lib/server/db/app-database';
import { deleteDueRecords } from '../../../src/lib/server/retention/delete-due-records';

const path = process.argv[2];
if (!path) throw new Error('usage: retention-runner.ts <database file or address>');
await startDatabase(path);
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) if (line === 'go') break;
lines.close();
const run = await deleteDueRecords();
await stopDatabase();
process.stdout.write(`${JSON.stringify(run)}\n`);
