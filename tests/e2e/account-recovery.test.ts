import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { auditRows, seedPasswordReset, seedStaff, signInThroughPages } from './support/seed';
import { authenticatorCode } from './support/totp';

const javaScriptEnabled = () => test.info().project.use.javaScriptEnabled !== false;

/** A browser of the member's own, with JavaScript as the project has it. */
async function ownBrowser(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: javaScriptEnabled() });
	return context.newPage();
}

test('an admin makes a link for a member to set a new password; the member sets one and signs in with it; the link then works no more', async ({
	page,
	browser,
	context
}) => {
	const admin = await seedStaff({ role: 'admin' });
	const member = await seedStaff({ role: 'practitioner', organisationId: admin.organisationId });
	const theirs = await ownBrowser(browser);
	await signInThroughPages(theirs, member, 0);

	await signInThroughPages(page, admin);
	await page.goto(`/admin/members/${member.id}`);
	await expect(page.getByRole('heading', { level: 2, name: 'Help them sign in again' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Make a link to set a new password' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Are you sure you want to make a link for ${member.name} to set a new password?`
	);
	await expect(page.locator('main, body').first()).toContainText('It works once, for 24 hours');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Yes, make the link' }).click();

	const notice = page.getByRole('status');
	await expect(notice).toContainText(`Link made for ${member.name}`);
	await expect(notice).toContainText(`send it to ${member.email}`);
	await expect(notice).toContainText(/It works once, until\s+\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}/);
	const box = page.getByLabel(`Link for ${member.name} to set a new password`);
	const link = await box.inputValue();
	expect(link).toMatch(/\/set-password\/[a-z2-7]{32}$/);
	await expectNoAxeViolations(page);
	if (javaScriptEnabled()) {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await expect(notice).toBeFocused();
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(notice).toContainText('The link has been copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	} else {
		// Without JavaScript the box alone: select the link and copy it.
		await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
	}
	expect(
		(await auditRows(admin.organisationId))
			.filter((row) => row.action === 'member.password-reset-link-made')
			.map((row) => [row.account_id, row.item])
	).toEqual([[admin.id, member.id]]);

	// Making it signed the member out everywhere.
	await theirs.goto('/plans');
	await expect(theirs).toHaveURL(/\/sign-in/);
	await theirs.context().close();

	// The member, in a browser of their own: the password rules, then a good one.
	const own = await ownBrowser(browser);
	await own.goto(link);
	await expect(own.getByRole('heading', { level: 1 })).toHaveText('Set a new password');
	await expect(own.locator('.lede')).toContainText(member.email);
	await expectNoAxeViolations(own);
	await own.getByLabel('New password', { exact: true }).fill('short');
	await own.getByRole('button', { name: 'Set new password' }).click();
	await expect(own.getByRole('alert')).toContainText('Password must be at least 12 characters long');
	await expect(own.locator('#password-error')).toContainText('Password must be at least 12 characters long');
	await expect(own).toHaveTitle(/^Error: /);
	await expectNoAxeViolations(own);
	await own.getByLabel('New password', { exact: true }).fill('quince lantern harbour');
	await own.getByLabel('Type the new password again').fill('quince lantern harbours');
	await own.getByRole('button', { name: 'Set new password' }).click();
	await expect(own.locator('#confirmPassword-error')).toContainText('The passwords do not match');
	await expect(own.getByLabel('New password', { exact: true })).toHaveValue('');
	await own.getByLabel('New password', { exact: true }).fill('quince lantern harbour');
	await own.getByLabel('Type the new password again').fill('quince lantern harbour');
	await own.getByRole('button', { name: 'Set new password' }).click();
	await expect(own).toHaveURL(/\/sign-in\?notice=password-set$/);
	await expect(own.getByRole('status')).toContainText('Your new password has been set');

	// The old password no longer works; the new one, with the authenticator, does.
	await own.getByLabel('Email address').fill(member.email);
	await own.getByLabel('Password').fill(member.password);
	await own.getByRole('button', { name: 'Sign in' }).click();
	await expect(own.getByRole('alert')).toContainText('The email address or password is not right');
	await signInThroughPages(own, { ...member, password: 'quince lantern harbour' }, 1);
	expect((await auditRows(admin.organisationId)).filter((row) => row.action === 'password.reset')).toHaveLength(1);
	await own.context().close();

	// Single use.
	const again = await ownBrowser(browser);
	const response = await again.goto(link);
	expect(response?.status()).toBe(410);
	expect(response?.headers()['cache-control']).toBe('no-store');
	await expect(again.getByRole('heading', { level: 1 })).toHaveText('This link cannot be used');
	await expect(again.locator('body')).toContainText('This link has already been used');
	await expectNoAxeViolations(again);
	await again.context().close();
});

test('an admin resets a member’s authenticator app; the member sets up a new one at their next sign-in', async ({
	page,
	browser
}) => {
	const admin = await seedStaff({ role: 'admin' });
	const member = await seedStaff({ role: 'coordinator', organisationId: admin.organisationId });
	await signInThroughPages(page, admin);
	await page.goto(`/admin/members/${member.id}`);
	await page.getByRole('link', { name: 'Reset their authenticator app' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Are you sure you want to reset the authenticator app of ${member.name}?`
	);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Yes, reset their authenticator app' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(member.name);
	await expect(page.getByRole('status')).toContainText('Their authenticator app has been reset');
	await expect(page.locator('.summary-list')).toContainText('Has not set up sign-in');
	await expectNoAxeViolations(page);
	expect(
		(await auditRows(admin.organisationId))
			.filter((row) => row.action === 'member.two-factor-reset')
			.map((row) => [row.account_id, row.item])
	).toEqual([[admin.id, member.id]]);

	// The old authenticator is forgotten: the password leads on to setting up a new one.
	const own = await ownBrowser(browser);
	await own.goto('/sign-in');
	await own.getByLabel('Email address').fill(member.email);
	await own.getByLabel('Password').fill(member.password);
	await own.getByRole('button', { name: 'Sign in' }).click();
	await expect(own.getByRole('heading', { level: 1 })).toHaveText('Set up your authenticator app');
	const key = (await own.getByTestId('totp-key').textContent())!;
	await own.getByLabel('Code from the app').fill(authenticatorCode(key));
	await own.getByRole('button', { name: 'Finish setting up' }).click();
	await expect(own.getByRole('heading', { level: 1 })).toHaveText('Save your recovery codes');
	await own.getByRole('link', { name: 'I have saved my codes: continue' }).click();
	await expect(own.getByRole('heading', { level: 1 })).toHaveText('Plans');
	await own.context().close();
});

test('an expired link and an unknown one say so plainly, and set nothing', async ({ page }) => {
	const admin = await seedStaff({ role: 'admin' });
	const member = await seedStaff({ role: 'practitioner', organisationId: admin.organisationId });
	const expired = await seedPasswordReset({
		accountId: member.id,
		madeBy: admin.id,
		expiresAt: new Date(Date.now() - 1000)
	});

	const response = await page.goto(`/set-password/${expired.token}`);
	expect(response?.status()).toBe(410);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link cannot be used');
	await expect(page.locator('body')).toContainText(
		'This link has expired: links to set a new password work for 24 hours'
	);
	await expectNoAxeViolations(page);
	const post = await page.request.post(`/set-password/${expired.token}`, {
		form: { password: 'quince lantern harbour', confirmPassword: 'quince lantern harbour' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(post.status()).toBe(410);

	const unknown = await page.goto('/set-password/not-a-real-token');
	expect(unknown?.status()).toBe(404);
	expect(unknown?.headers()['cache-control']).toBe('no-store');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Link not found');
	await expect(page.locator('body')).toContainText('This link is not right');
	await expectNoAxeViolations(page);
	expect((await page.goto(`/set-password/${'x'.repeat(5000)}`))?.status()).toBe(404);

	// The member's password is as it was.
	await signInThroughPages(page, member);
});

test('an admin cannot reset their own sign-in, nor another organisation’s member’s; nobody else can reach the pages', async ({
	page
}) => {
	const admin = await seedStaff({ role: 'admin' });
	await seedStaff({ role: 'admin', organisationId: admin.organisationId });
	await signInThroughPages(page, admin);
	await page.goto(`/admin/members/${admin.id}`);
	await expect(page.getByRole('heading', { level: 2, name: 'If you cannot sign in' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Make a link to set a new password' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Reset their authenticator app' })).toHaveCount(0);
	for (const step of ['password-link', 'reset-authenticator']) {
		await page.goto(`/admin/members/${admin.id}/${step}`);
		await expect(page).toHaveURL(new RegExp(`/admin/members/${admin.id}$`));
	}
	const origin = new URL(page.url()).origin;
	const own = await page.request.post(`/admin/members/${admin.id}/password-link`, {
		form: {},
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(own.status()).toBe(303);
	expect(own.headers()['location']).toBe(`/admin/members/${admin.id}`);

	const stranger = await seedStaff({ role: 'practitioner' });
	for (const step of ['password-link', 'reset-authenticator']) {
		expect((await page.goto(`/admin/members/${stranger.id}/${step}`))?.status()).toBe(404);
		const post = await page.request.post(`/admin/members/${stranger.id}/${step}`, { form: {}, headers: { origin } });
		expect(post.status()).toBe(404);
	}
	expect(
		(await auditRows(admin.organisationId)).filter(
			(row) => row.action.startsWith('member.password-reset') || row.action === 'member.two-factor-reset'
		)
	).toEqual([]);

	const coordinator = await seedStaff({ role: 'coordinator', organisationId: admin.organisationId });
	await page.context().clearCookies();
	await signInThroughPages(page, coordinator);
	for (const step of ['password-link', 'reset-authenticator']) {
		expect((await page.goto(`/admin/members/${admin.id}/${step}`))?.status()).toBe(404);
	}
});
