import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://localhost:${port}`;
/** A fixed path, so that the config reads the same in every worker; the server empties it at start. */
export const e2eDatabasePath = join(tmpdir(), 'golden-thread-e2e', 'e2e.db');

const chromium = {
	browserName: 'chromium' as const,
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	}
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: [['list'], ['json', { outputFile: 'tests/.reports/e2e.json' }]],
	use: { baseURL: origin, trace: 'off', actionTimeout: 10_000, navigationTimeout: 15_000 },
	// Every test runs with JavaScript on and with it off, as SvelteKit's own tests do.
	// `first-run` sets the fresh install up through its pages, once, before everything else. Every test
	// signs in from this machine's one address, so the server allows many failures per address (each
	// account still gets 10); `last` runs the rate-limit test after everything else all the same.
	projects: [
		{ name: 'first-run', testMatch: /first-run\.test\.ts/, use: { ...chromium, javaScriptEnabled: true } },
		{
			name: 'js',
			testIgnore: /(first-run|last)\.test\.ts/,
			dependencies: ['first-run'],
			use: { ...chromium, javaScriptEnabled: true }
		},
		{
			name: 'no-js',
			testIgnore: /(first-run|last)\.test\.ts/,
			dependencies: ['first-run'],
			use: { ...chromium, javaScriptEnabled: false }
		},
		{
			name: 'last',
			testMatch: /last\.test\.ts/,
			dependencies: ['js', 'no-js'],
			use: { ...chromium, javaScriptEnabled: true }
		}
	],
	webServer: {
		command: 'node src/cli/serve-fresh.js',
		url: `${origin}/healthz`,
		reuseExistingServer: false,
		timeout: 60_000,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_PATH: e2eDatabasePath,
			SIGN_IN_ADDRESS_LIMIT: '1000'
		}
	}
});
