import { expect, test } from '@playwright/test';
import { fixturePlan, seedSessionCookie } from './support/plans';
import { seedStaff } from './support/seed';

// Requests only, against the built server as `src/cli/serve-fresh.js` starts it (the way `node build`
// does, with no BODY_SIZE_LIMIT set): once is enough.
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'requests only: once is enough');

test('built assets and static files carry nosniff and refuse to be framed, as pages do', async ({ request }) => {
	const page = await request.get('/sign-in');
	const asset = /\/_app\/immutable\/[^"]+\.js/.exec(await page.text())?.[0];
	expect(asset).toBeTruthy();
	for (const path of [asset!, '/favicon.svg']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
		expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(response.headers()['x-frame-options'], path).toBe('DENY');
	}
	// SvelteKit's own policy, with its nonces, still wins on pages.
	expect(page.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
});

test('answers that are not pages carry a policy that allows no scripts at all', async ({ request }) => {
	const policy = (await request.get('/healthz')).headers()['content-security-policy'];
	expect(policy).toContain("default-src 'none'");
	expect(policy).toContain("frame-ancestors 'none'");
	expect(policy).not.toContain('script-src');
});

test('a 700 KB plan is read by the import, however the server was started; what is over the limit is told the limit', async ({
	playwright,
	baseURL
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const context = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { cookie: await seedSessionCookie(coordinator.id), origin: baseURL!, accept: 'text/html' }
	});
	// Valid JSON padded with whitespace to 700 KB: under the import's 1 MB, over adapter-node's default 512 KB.
	const plan = JSON.stringify(fixturePlan('sarah'), null, 2) + ' '.repeat(700 * 1024);
	const checked = await context.post('/plans/import?/check', {
		multipart: { file: { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(plan) }, text: '' },
		maxRedirects: 0
	});
	expect(checked.status()).toBe(200);
	const page = await checked.text();
	expect(page).not.toContain('could not be read');
	expect(page).toContain('Sarah');

	const tooLarge = await context.post('/account?/password', {
		form: { current: 'x'.repeat(3 * 1024 * 1024) },
		maxRedirects: 0
	});
	expect(tooLarge.status()).toBe(413);
	expect(await tooLarge.text()).toContain('larger than 2 MB, the most this server accepts');
	await context.dispose();
});
