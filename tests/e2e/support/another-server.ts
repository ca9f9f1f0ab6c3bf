import { expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { e2eDatabasePath } from '../../../playwright.config';

export interface AnotherServer {
	origin: string;
	/** What it has written to stdout and stderr so far. */
	log(): string;
	stop(): Promise<void>;
}

/** The built server again, by default on the e2e database, with what it logs; `env` adds or overrides settings. */
export async function startAnotherServer(port: number, env: NodeJS.ProcessEnv = {}): Promise<AnotherServer> {
	const origin = `http://localhost:${port}`;
	const server = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_PATH: e2eDatabasePath,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
	server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const exited = new Promise((resolve) => server.once('exit', resolve));
	await expect
		.poll(async () => (await fetch(`${origin}/healthz`).catch(() => undefined))?.status, { timeout: 30_000 })
		.toBe(200);
	return {
		origin,
		log: () => log,
		async stop() {
			server.kill('SIGTERM');
			await exited;
		}
	};
}
