import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { seedStaff, signInThroughPages } from './support/seed';

test('signing out ends the session on the server: the old cookie, replayed, is refused', async ({
	page,
	context,
	playwright,
	baseURL
}) => {
	const staff = await seedStaff({ role: 'coordinator' });
	await signInThroughPages(page, staff);
	const cookie = (await context.cookies()).find((c) => c.name === '__Host-gt_session')!;
	// The prefix makes the browser hold the cookie to Secure, host-only and path / (ASVS 3.3.1).
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });
	expect(cookie.domain).toBe('localhost');

	const replay = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { cookie: `__Host-gt_session=${cookie.value}` }
	});
	const before = await replay.get('/plans', { maxRedirects: 0 });
	expect(before.status()).toBe(200);
	expect(before.headers()['cache-control']).toBe('no-store');

	await page.getByRole('button', { name: 'Sign out' }).first().click();
	await expect(page.getByRole('status')).toContainText('You have signed out');
	const after = await replay.get('/plans', { maxRedirects: 0 });
	expect(after.status()).toBe(303);
	expect(after.headers()['location']).toMatch(/^\/sign-in/);
	await replay.dispose();
});

test('a form posted from another site is refused', async ({ request }) => {
	const response = await request.post('/sign-in', {
		form: { email: 'someone@example.org', password: 'whatever it is' },
		headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(403);
	const json = await request.post('/sign-out', {
		data: {},
		headers: { origin: 'https://evil.example' },
		maxRedirects: 0
	});
	expect(json.status()).toBe(403);
});

test('a GET never signs anyone out', async ({ page }) => {
	const staff = await seedStaff({ role: 'coordinator' });
	await signInThroughPages(page, staff);
	await page.goto('/sign-out');
	await page.goto('/plans');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sign in');
});

test('a few minutes before the idle timeout a warning offers to stay signed in', async ({ page }) => {
	test.skip(
		test.info().project.use.javaScriptEnabled === false,
		'the warning needs JavaScript; without it the session simply ends'
	);
	const staff = await seedStaff({ role: 'coordinator' });
	await page.clock.install();
	await signInThroughPages(page, staff);
	const dialog = page.getByRole('dialog', { name: 'You are about to be signed out' });
	await expect(dialog).toBeHidden();
	await page.clock.fastForward('25:30');
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('we will sign you out in');
	await expect(dialog.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
	await expectNoAxeViolations(page);
	await dialog.getByRole('button', { name: 'Stay signed in' }).click();
	await expect(dialog).toBeHidden();
});

test('passing the second step replaces the session token with a new one', async ({ page, context }) => {
	const { authenticatorCode } = await import('./support/totp');
	const staff = await seedStaff({ role: 'coordinator' });
	await page.goto('/sign-in');
	await page.getByLabel('Email address').fill(staff.email);
	await page.getByLabel('Password').fill(staff.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter the code from your authenticator app');
	const halfway = (await context.cookies()).find((c) => c.name === '__Host-gt_session')!.value;
	await page.getByLabel('Code').fill(authenticatorCode(staff.totpKey, 1));
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Enter the code from your authenticator app');
	const signedIn = (await context.cookies()).find((c) => c.name === '__Host-gt_session')!.value;
	expect(signedIn).not.toBe(halfway);
	expect(signedIn.split('.')[0]).not.toBe(halfway.split('.')[0]);
});

test('a wrong password and an unknown email get the same answer', async ({ page }) => {
	const staff = await seedStaff({ role: 'coordinator' });
	const answers: string[] = [];
	for (const email of [staff.email, `nobody-${Date.now()}@example.org`]) {
		await page.goto('/sign-in');
		await page.getByLabel('Email address').fill(email);
		await page.getByLabel('Password').fill('not the right password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		answers.push((await page.getByRole('alert').textContent()) ?? '');
	}
	expect(answers[0]).toContain('The email address or password is not right');
	expect(answers[1]).toBe(answers[0]);
});

test('a `next` address that leaves the site, or holds a tab or a line break, is not followed (ASVS 3.7.2)', async ({
	page,
	playwright,
	baseURL
}) => {
	const { authenticatorCode } = await import('./support/totp');
	const staff = await seedStaff({ role: 'coordinator' });
	// The probe's finding: browsers drop the tab, so `/\t/evil.example` took Chromium to evil.example.
	await page.goto('/sign-in?next=%2F%09%2Fevil.example');
	await page.getByLabel('Email address').fill(staff.email);
	await page.getByLabel('Password').fill(staff.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.getByLabel('Code').fill(authenticatorCode(staff.totpKey));
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plans');
	expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);

	// A request context of its own, as the replay test above: the page's sends no Secure cookie over http.
	const session = (await page.context().cookies()).find((cookie) => cookie.name === '__Host-gt_session')!;
	const requests = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { cookie: `__Host-gt_session=${session.value}`, origin: new URL(baseURL!).origin }
	});
	for (const next of ['%2F%09%2Fevil.example', '%2F%0D%0ASet-Cookie%3A%20gt_session%3Dx', '%2F%5Cevil.example']) {
		const signedIn = await requests.get(`/sign-in?next=${next}`, { maxRedirects: 0 });
		expect(signedIn.status(), next).toBe(303);
		expect(signedIn.headers()['location'], next).toBe('/plans');
		// As a browser posts a form without scripts: SvelteKit answers other callers with JSON.
		const extended = await requests.post(`/session?/extend&next=${next}`, {
			form: {},
			headers: { accept: 'text/html' },
			maxRedirects: 0
		});
		expect(extended.status(), next).toBe(303);
		expect(extended.headers()['location'], next).toBe('/plans');
	}
	await requests.dispose();
});
