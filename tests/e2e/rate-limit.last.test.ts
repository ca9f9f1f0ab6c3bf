import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { seedStaff } from './support/seed';

// Runs after every other test (project `last`): ten failures from this machine's address block it for 5 minutes.
test('ten failed sign-ins in five minutes are answered 429 with a plain message, even with the right password', async ({
	page
}) => {
	const staff = await seedStaff({ role: 'coordinator' });
	for (let attempt = 1; attempt <= 10; attempt++) {
		await page.goto('/sign-in');
		await page.getByLabel('Email address').fill(staff.email);
		await page.getByLabel('Password').fill(`wrong password number ${attempt}`);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByRole('alert')).toContainText('The email address or password is not right');
	}
	await page.goto('/sign-in');
	await page.getByLabel('Email address').fill(staff.email);
	await page.getByLabel('Password').fill(staff.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'There have been too many attempts to sign in. Wait 5 minutes and try again.'
	);
	await expect(page.getByLabel('Email address')).toHaveValue(staff.email);
	await expectNoAxeViolations(page);

	// A plain form post (no JavaScript) gets the page with status 429.
	const plain = await page.request.post('/sign-in', {
		form: { email: staff.email, password: staff.password },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
	});
	expect(plain.status()).toBe(429);
	expect(await plain.text()).toContain('There have been too many attempts to sign in');
});
