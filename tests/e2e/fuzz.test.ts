import { expect, test } from '@playwright/test';
import { e2eDatabasePath } from '../../playwright.config';
import { discoverTargets } from './support/fuzz/discover-routes';
import { runFuzz } from './support/fuzz/run-fuzz';

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'requests only: once is enough');

test('the routes are discovered from src/routes: every page, form action and endpoint', () => {
	const targets = discoverTargets().map((target) => `${target.method} ${target.route} ${target.action ?? ''}`.trim());
	// One of each kind, so that discovery cannot quietly find nothing.
	expect(targets).toContain('POST /sign-in default');
	expect(targets).toContain('POST /plans/[planId]/outcomes save');
	expect(targets).toContain('GET /plans/[planId]/plan.pdf');
	expect(targets).toContain('POST /plans/import check');
	expect(targets.length).toBeGreaterThan(60);
});

test('1,000 fuzzed requests, as every role, to every route: no 5xx, no stack trace, a sound file, and nothing outside the fuzz changed', async ({
	baseURL
}) => {
	test.setTimeout(300_000);
	const report = await runFuzz({
		origin: new URL(baseURL!).origin,
		databasePath: e2eDatabasePath,
		requests: 1000,
		seed: 20261203
	});
	console.log(`fuzz: ${report.tried} requests to ${report.targets} targets`, report.byStatus);
	expect(report.failures).toEqual([]);
	expect(report).toMatchObject({ tried: 1000, serverErrors: 0, leaks: 0, integrity: 'ok', bystanderChanged: false });
});
