import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { seedSessionCookie } from './support/plans';
import { auditRows, seedStaff, signInThroughPages } from './support/seed';

const chromeOnAndroid =
	'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';

test('a person sees where they are signed in, and signs out another of their own sessions, then all the others', async ({
	page,
	browser,
	playwright,
	baseURL
}) => {
	const me = await seedStaff({ role: 'practitioner' });
	const phoneContext = await browser.newContext({
		userAgent: chromeOnAndroid,
		javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false
	});
	const phone = await phoneContext.newPage();
	await signInThroughPages(phone, me, 0);
	await signInThroughPages(page, me, 1);
	// A third, started where no browser said what it is.
	const elsewhere = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { cookie: await seedSessionCookie(me.id) }
	});

	await page.goto('/account');
	const sessions = page.getByRole('list', { name: 'Where you are signed in' }).getByRole('listitem');
	await expect(sessions).toHaveCount(3);
	const here = sessions.first();
	await expect(here.getByRole('heading', { level: 3 })).toHaveText('Chrome on Linux');
	await expect(here).toContainText('This device');
	await expect(here.getByRole('button')).toHaveCount(0);
	const onPhone = sessions.filter({ has: page.getByRole('heading', { name: 'Chrome on Android' }) });
	await expect(onPhone).toContainText('127.0.0.1');
	await expect(onPhone).toContainText(/Signed in\s*\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}/);
	await expect(onPhone).toContainText(/Last seen\s*\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}/);
	await expect(onPhone).not.toContainText('This device');
	await expect(sessions.filter({ hasText: 'An unknown browser' })).toHaveCount(1);
	await expectNoAxeViolations(page);

	await onPhone.getByRole('button', { name: /^Sign out on this device \(Chrome on Android/ }).click();
	await expect(page.getByRole('status')).toHaveText('That device has been signed out.');
	await expect(sessions).toHaveCount(2);
	await expectNoAxeViolations(page);
	await phone.goto('/plans');
	await expect(phone).toHaveURL(/\/sign-in/);
	expect((await auditRows(me.organisationId)).filter((row) => row.action === 'session.ended')).toHaveLength(1);
	expect((await elsewhere.get('/plans', { maxRedirects: 0 })).status()).toBe(200);

	await page.getByRole('button', { name: 'Sign out on every other device' }).click();
	await expect(page.getByRole('status')).toHaveText('You have been signed out on every other device.');
	await expect(sessions).toHaveCount(1);
	await expect(page.getByRole('button', { name: 'Sign out on every other device' })).toHaveCount(0);
	expect((await elsewhere.get('/plans', { maxRedirects: 0 })).status()).toBe(303);
	expect((await auditRows(me.organisationId)).filter((row) => row.action === 'sessions.ended-others')).toHaveLength(1);

	// This session carries on.
	await page.goto('/plans');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plans');
	await elsewhere.dispose();
	await phoneContext.close();
});

test('another person’s session cannot be ended from one’s own account page', async ({ page, playwright, baseURL }) => {
	const me = await seedStaff({ role: 'coordinator' });
	const them = await seedStaff({ role: 'coordinator', organisationId: me.organisationId });
	const theirCookie = await seedSessionCookie(them.id);
	const theirs = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: theirCookie } });
	const theirSessionId = theirCookie.split('=')[1]!.split('.')[0]!;

	await signInThroughPages(page, me);
	// A request context of its own, as in sessions.test.ts: the page's sends no Secure cookie over http.
	const mine = (await page.context().cookies()).find((cookie) => cookie.name === '__Host-gt_session')!;
	const requests = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { cookie: `__Host-gt_session=${mine.value}`, origin: new URL(baseURL!).origin }
	});
	const post = await requests.post('/account?/endSession', {
		form: { sessionId: theirSessionId },
		headers: { accept: 'text/html' },
		maxRedirects: 0
	});
	expect(post.status()).toBe(200);
	expect(await post.text()).toContain('That device had already been signed out.');
	expect((await theirs.get('/plans', { maxRedirects: 0 })).status()).toBe(200);
	expect((await auditRows(me.organisationId)).filter((row) => row.action === 'session.ended')).toEqual([]);
	await requests.dispose();
	await theirs.dispose();
});
