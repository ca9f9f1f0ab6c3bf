import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
	test(`on ${signal} the built server stops taking requests and closes the database`, async () => {
		test.skip(test.info().project.name !== 'js', 'a server of its own: once is enough');
		const folder = mkdtempSync(join(tmpdir(), 'golden-thread-shutdown-'));
		const database = join(folder, 'shutdown.db');
		const port = signal === 'SIGTERM' ? 4391 : 4392;
		const server = spawn(process.execPath, ['build/index.js'], {
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: `http://127.0.0.1:${port}`,
				DATABASE_PATH: database
			},
			stdio: 'ignore'
		});
		const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
		try {
			await expect
				.poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status, {
					timeout: 15_000
				})
				.toBe(200);
			expect(existsSync(`${database}-wal`)).toBe(true);
			server.kill(signal);
			expect(await exited).toBe(0);
			// Closing the last connection checkpoints the log into the database file and removes it.
			expect(existsSync(`${database}-wal`)).toBe(false);
			await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
		} finally {
			server.kill('SIGKILL');
			rmSync(folder, { recursive: true, force: true });
		}
	});
}
