import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { seedStaff, signInThroughPages, unique } from './support/seed';
import { expectDate, fillDate } from './support/dates';

test('the audit log lists the organisation’s events, newest first, and filters them', async ({ page }) => {
	const admin = await seedStaff({ role: 'admin' });
	const stranger = await seedStaff({ role: 'admin' });
	await signInThroughPages(page, admin);

	// Two invitations make two "Invited a member" rows.
	for (const name of ['Audit One', 'Audit Two']) {
		await page.goto('/admin/members');
		await page.getByLabel('Full name').fill(name);
		await page.getByLabel('Email address').fill(`${name.replace(' ', '.').toLowerCase()}-${unique()}@example.org`);
		await page.getByLabel('Practitioner', { exact: true }).check();
		await page.getByRole('button', { name: 'Make invitation link' }).click();
		await expect(page.getByRole('status')).toContainText(`Invitation made for ${name}`);
	}

	await page.goto('/admin/audit');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
	const table = page.getByRole('table', { name: 'Audit log entries' });
	await expect(table).toContainText('Signed in');
	await expect(table).toContainText('Invited a member');
	await expect(table).toContainText(admin.name);
	await expect(table).not.toContainText(stranger.name);
	// Newest first: the last invitation is above the sign-in.
	const actions = await table.locator('tbody tr td:nth-child(3)').allTextContents();
	expect(actions[0]).toBe('Invited a member');
	expect(actions.indexOf('Signed in')).toBeGreaterThan(1);
	await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText(
		/^\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}$/
	);
	await expectNoAxeViolations(page);

	await page.getByLabel('Action').selectOption({ label: 'Invited a member' });
	await page.getByRole('button', { name: 'Show matching entries' }).click();
	await expect(page).toHaveURL(/action=member\.invited/);
	await expect(page.getByText('Showing entries 1 to 2 of 2.')).toBeVisible();
	expect(await table.locator('tbody tr td:nth-child(3)').allTextContents()).toEqual([
		'Invited a member',
		'Invited a member'
	]);
	await expect(page.getByLabel('Action')).toHaveValue('member.invited');

	await page.getByLabel('Person').selectOption({ label: admin.name });
	await page.getByRole('button', { name: 'Show matching entries' }).click();
	await expect(page.getByText('Showing entries 1 to 2 of 2.')).toBeVisible();

	// Empty state and a bad date.
	await fillDate(page, 'From', '2099-01-01');
	await page.getByRole('button', { name: 'Show matching entries' }).click();
	await expect(page).toHaveURL(/from-day=1&from-month=1&from-year=2099/);
	await expect(page.getByText('No entries match these filters.')).toBeVisible();
	await expectDate(page, 'From', '2099-01-01');
	await expectNoAxeViolations(page);
	await page.goto('/admin/audit?from-day=30&from-month=2&from-year=2027&page=abc&person=nobody');
	await expect(page).toHaveTitle(/^Error: /);
	await expect(page.getByRole('alert').getByRole('link', { name: 'From date must be a real date' })).toHaveAttribute(
		'href',
		'#from-day'
	);
	await expectDate(page, 'From', ['30', '2', '2027']);
	await expect(page.getByText('No entries match these filters.')).toBeVisible();
	await expectNoAxeViolations(page);
	expect((await page.goto(`/admin/audit?page=999999&action=${'a'.repeat(5000)}`))?.status()).toBe(200);
});

test('the audit log pages through 50 entries at a time', async ({ page }) => {
	const admin = await seedStaff({ role: 'admin' });
	const { default: SQLite } = await import('better-sqlite3');
	const { e2eDatabasePath } = await import('../../playwright.config');
	const db = new SQLite(e2eDatabasePath);
	db.pragma('busy_timeout = 10000');
	const insert = db.prepare(
		'INSERT INTO audit_event (at, organisation_id, account_id, plan_id, action, item, ip) VALUES (?, ?, ?, NULL, ?, ?, ?)'
	);
	db.transaction(() => {
		for (let index = 0; index < 120; index++)
			insert.run(
				new Date(Date.UTC(2027, 0, 1, 0, index)).toISOString(),
				admin.organisationId,
				admin.id,
				'test.seeded',
				`item-${index}`,
				'192.0.2.1'
			);
	})();
	db.close();
	await signInThroughPages(page, admin);
	await page.goto('/admin/audit?action=test.seeded');
	await expect(page.getByText('Showing entries 1 to 50 of 120.')).toBeVisible();
	await expect(page.getByRole('table', { name: 'Audit log entries' }).locator('tbody tr').first()).toContainText(
		'item-119'
	);
	// An action with no plain name shows its code.
	await expect(page.getByRole('table', { name: 'Audit log entries' }).locator('tbody tr').first()).toContainText(
		'test.seeded'
	);
	const pages = page.getByRole('navigation', { name: 'Pages of the audit log' });
	await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0);
	await pages.getByRole('link', { name: 'Next page' }).click();
	await expect(page.getByText('Showing entries 51 to 100 of 120.')).toBeVisible();
	await expect(page).toHaveURL(/action=test\.seeded/);
	await page.getByRole('navigation', { name: 'Pages of the audit log' }).getByRole('link', { name: 'Page 3' }).click();
	await expect(page.getByText('Showing entries 101 to 120 of 120.')).toBeVisible();
	await expect(page.getByRole('table', { name: 'Audit log entries' }).locator('tbody tr').last()).toContainText(
		'item-0'
	);
	await expect(
		page.getByRole('navigation', { name: 'Pages of the audit log' }).getByRole('link', { name: 'Next page' })
	).toHaveCount(0);
	await expectNoAxeViolations(page);
});
