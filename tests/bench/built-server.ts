import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuiltServer {
	origin: string;
	databasePath: string;
	process: ChildProcess;
	stop(): Promise<void>;
	/**
	 * Ends the server as the OOM killer would: SIGKILL, nothing flushed or closed. A database file it was
	 * given is kept, to be checked and served again.
	 */
	kill(): Promise<void>;
}

/** A port nothing on this machine listens on now (so the bench never measures someone else's server). */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

/**
 * Starts the built server (`build/`) on a free port, and waits until /healthz answers: on a fresh
 * database, removed when it stops, unless `databasePath` names a file to use (and keep).
 */
export async function startBuiltServer(
	env: Record<string, string> = {},
	options: { databasePath?: string } = {}
): Promise<BuiltServer> {
	const port = await freePort();
	const folder = options.databasePath ? undefined : mkdtempSync(join(tmpdir(), 'golden-thread-bench-'));
	const databasePath = options.databasePath ?? join(folder!, 'bench.db');
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, DATABASE_PATH: databasePath, ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	for (let attempt = 0; ; attempt++) {
		try {
			if ((await fetch(`${origin}/healthz`)).ok) break;
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null) throw new Error('the built server exited as it started');
		if (attempt > 300) {
			child.kill('SIGKILL');
			throw new Error('the built server did not start within 30 s');
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		origin,
		databasePath,
		process: child,
		async stop() {
			child.kill('SIGTERM');
			await exited;
			if (folder) rmSync(folder, { recursive: true, force: true });
		},
		async kill() {
			child.kill('SIGKILL');
			await exited;
			if (folder) rmSync(folder, { recursive: true, force: true });
		}
	};
}
