import SQLite from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { startChildWriter, type ChildWriter } from './support/child-writer';
import { createTempSqliteDatabase, type TempSqliteDatabase } from './support/temp-database';
import { testEngine } from './support/test-engine';

const run = promisify(execFile);
let temp: TempSqliteDatabase | undefined;
let writer: ChildWriter | undefined;
afterEach(async () => {
	await writer?.kill();
	await temp?.dispose();
});

// A backup copies the SQLite file; on PostgreSQL, backups are pg_dump's (README).
it.skipIf(testEngine() === 'postgres')(
	'takes an online backup during writes that restores every write confirmed before it began, and names the key to keep',
	async () => {
		temp = await createTempSqliteDatabase();
		await temp.close();
		writer = startChildWriter(temp.path);
		await writer.waitFor(50);
		const confirmedBefore = [...writer.confirmed];
		const target = join(temp.folder, 'backup.db');

		const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/backup.ts', target], {
			env: { ...process.env, SECRET_KEY: '', SECRET_KEY_FILE: '', DATABASE_PATH: temp.path }
		});
		expect(stdout).toContain('Backed up');
		expect(stdout).toContain(`keep a copy of the key file ${join(temp.folder, 'test.key')} too`);
		await writer.waitFor(confirmedBefore.length + 20); // the writer kept going throughout
		await writer.kill();

		// Restoring is copying the backup into place; open it as the server would.
		const restored = new SQLite(target, { readonly: true });
		try {
			expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
			const ids = new Set(
				(restored.prepare('SELECT id FROM organisation').all() as Array<{ id: string }>).map((row) => row.id)
			);
			expect(confirmedBefore.filter((id) => !ids.has(id))).toEqual([]);
		} finally {
			restored.close();
		}
	}
);

it('says plainly what to do when no file is named', async () => {
	await expect(run(process.execPath, ['--import', 'tsx', 'src/cli/backup.ts'])).rejects.toMatchObject({
		code: 2,
		stderr: expect.stringContaining('Say where to write the backup')
	});
});

it('on PostgreSQL, says to use pg_dump and how to restore, and writes nothing', async () => {
	const target = join(tmpdir(), `golden-thread-not-written-${process.pid}.dump`);
	await expect(
		run(process.execPath, ['--import', 'tsx', 'src/cli/backup.ts', target], {
			env: { ...process.env, DATABASE_URL: 'postgres://gt:secret@db.example.org:5432/gt' }
		})
	).rejects.toMatchObject({
		code: 1,
		stderr: expect.stringMatching(/pg_dump --format=custom --file=\S+ "\$DATABASE_URL"[\s\S]*pg_restore --no-owner/)
	});
	expect(existsSync(target)).toBe(false);
});
