import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { authenticatorCode } from './support/totp';

test.describe.configure({ mode: 'serial' });

const admin = {
	name: 'Daniel Price',
	email: 'd.price@riverside.example.org',
	password: 'correct horse battery staple'
};

test('a fresh install sends the first visitor to set-up, which explains itself and checks what is typed', async ({
	page,
	browser
}) => {
	await page.goto('/');
	await expect(page).toHaveURL(/\/setup$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up Golden Thread');
	await expectNoAxeViolations(page);

	// The same errors with JavaScript on and off: messages by the field and in the summary, values kept.
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ javaScriptEnabled });
		const form = await context.newPage();
		await form.goto('/setup');
		await form.getByLabel('Name of your school, setting, college or team').fill('Riverside Academy');
		await form.getByLabel('Your work email address').fill('not-an-email');
		await form.getByLabel('Create a password').fill('password1234');
		await form.getByRole('button', { name: 'Create organisation and account' }).click();
		const summary = form.getByRole('alert');
		await expect(summary).toContainText('There is a problem');
		await expect(summary).toContainText('Select what kind of organisation it is');
		await expect(summary).toContainText('Enter your full name');
		await expect(summary).toContainText('Enter an email address in the correct format');
		await expect(summary).toContainText('That password is too common');
		await expect(form).toHaveTitle(/^Error: /);
		await expect(form.getByLabel('Name of your school, setting, college or team')).toHaveValue('Riverside Academy');
		await expect(form.getByLabel('Your work email address')).toHaveValue('not-an-email');
		await expect(form.getByLabel('Create a password')).toHaveValue('');
		await expect(form.locator('#email-error')).toContainText('Enter an email address in the correct format');
		await context.close();
	}
});

test('the first visitor creates the organisation and the admin, sets up the authenticator and signs in again', async ({
	page
}) => {
	await page.goto('/setup');
	await page.getByLabel('Name of your school, setting, college or team').fill('Riverside Academy');
	await page.getByLabel('School', { exact: true }).check();
	await page.getByLabel('Your full name').fill(admin.name);
	await page.getByLabel('Your work email address').fill(admin.email);
	await page.getByLabel('Create a password').fill(admin.password);
	await page.getByLabel('Type the password again').fill(admin.password);
	await page.getByRole('button', { name: 'Create organisation and account' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up your authenticator app');
	await expect(page.getByRole('img', { name: 'QR code for your authenticator app' }).locator('svg')).toBeVisible();
	await expectNoAxeViolations(page);
	// No child's data before the second factor.
	await page.goto('/plans');
	await expect(page).toHaveURL(/\/two-factor\/set-up$/);

	const key = (await page.getByTestId('totp-key').textContent())!;
	await page.getByLabel('Code from the app').fill('000000');
	await page.getByRole('button', { name: 'Finish setting up' }).click();
	await expect(page.getByRole('alert')).toContainText('That code is not right');
	await expect(page.getByTestId('totp-key')).toHaveText(key);

	await page.getByLabel('Code from the app').fill(authenticatorCode(key));
	await page.getByRole('button', { name: 'Finish setting up' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save your recovery codes');
	const codes = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents();
	expect(codes).toHaveLength(10);
	expect(new Set(codes).size).toBe(10);
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'I have saved my codes: continue' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plans');
	await expectNoAxeViolations(page);

	// Set-up is gone once an organisation exists.
	expect((await page.goto('/setup'))?.status()).toBe(404);
	await page.goto('/plans');

	await page.getByRole('button', { name: 'Sign out' }).first().click();
	await expect(page.getByRole('status')).toContainText('You have signed out');
	await expectNoAxeViolations(page);
	await page.getByLabel('Email address').fill(admin.email.toUpperCase());
	await page.getByLabel('Password').fill(admin.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter the code from your authenticator app');
	await expectNoAxeViolations(page);
	await page.getByLabel('Code').fill(codes[0]!);
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plans');
	await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Signed in as Daniel Price');
});
