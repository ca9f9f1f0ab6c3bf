import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { auditRows, seedStaff, signInThroughPages } from './support/seed';

test('changing the password checks the current one and the policy, then ends every other session', async ({
	page,
	browser
}) => {
	const me = await seedStaff({ role: 'coordinator' });
	// A second session of the same account, elsewhere (a code a time step later than the first).
	const context = await browser.newContext({ javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false });
	const elsewhere = await context.newPage();
	await signInThroughPages(elsewhere, me, 0);
	await signInThroughPages(page, me, 1);

	await page.goto('/account');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
	await expect(page.locator('.summary-list')).toContainText(me.email);
	await expect(page.locator('.summary-list')).toContainText('Coordinator (SENCo)');
	await expect(page.locator('.summary-list')).toContainText('Recovery codes left');
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter your current password');
	await expect(page.getByRole('alert')).toContainText('Enter a password');
	await expect(page).toHaveTitle(/^Error: /);
	await expectNoAxeViolations(page);

	await page.getByLabel('Current password').fill('not my password at all');
	await page.getByLabel('New password', { exact: true }).fill('lantern biscuit harbour');
	await page.getByLabel('Type the new password again').fill('lantern biscuit harbour');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.locator('#currentPassword-error')).toContainText('Your current password is not right');
	await expect(page.getByLabel('Current password')).toHaveValue('');

	await page.getByLabel('Current password').fill(me.password);
	await page.getByLabel('New password', { exact: true }).fill('lantern biscuit harbour');
	await page.getByLabel('Type the new password again').fill('lantern biscuit harbours');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.locator('#confirmPassword-error')).toContainText('The passwords do not match');

	await page.getByLabel('Current password').fill(me.password);
	await page.getByLabel('New password', { exact: true }).fill('lantern biscuit harbour');
	await page.getByLabel('Type the new password again').fill('lantern biscuit harbour');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByRole('status')).toContainText('Your password has been changed');
	await expectNoAxeViolations(page);
	expect((await auditRows(me.organisationId)).filter((row) => row.action === 'password.changed')).toHaveLength(1);

	// This session carries on; the other one has ended.
	await page.goto('/account');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
	await elsewhere.goto('/account');
	await expect(elsewhere).toHaveURL(/\/sign-in/);
	await context.close();

	// The new password works; the old one does not.
	await page.context().clearCookies();
	await page.goto('/sign-in');
	await page.getByLabel('Email address').fill(me.email);
	await page.getByLabel('Password').fill(me.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toContainText('The email address or password is not right');
	await page.getByLabel('Password').fill('lantern biscuit harbour');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter the code from your authenticator app');
});
