import SQLite from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { e2eDatabasePath } from '../../playwright.config';
import { formatUkDate } from '../../src/lib/dates/format';
import { openDatabase } from '../../src/lib/server/db/database';
import { createOrganisation } from '../../src/lib/server/db/organisations';
import { insertPlanDocument } from '../../src/lib/server/db/plan-create';
import { startBuiltServer } from '../bench/built-server';
import { expectNoAxeViolations } from './axe';
import { dateGroup, expectDate, fillDate } from './support/dates';
import { fixturePlan, seedPlan, seedSessionCookie } from './support/plans';
import { auditRows, seedStaff, signIn } from './support/seed';

function deleteOn(childId: string): string | null | undefined {
	const db = new SQLite(e2eDatabasePath, { readonly: true });
	try {
		db.pragma('busy_timeout = 10000');
		const row = db.prepare('SELECT delete_on FROM child WHERE id = ?').get(childId) as { delete_on: string | null };
		return row?.delete_on;
	} finally {
		db.close();
	}
}

/** Submits the date form with `date` (ISO, typed into the three boxes, or left empty). */
async function submitDate(page: Page, date: string) {
	await fillDate(page, 'Date to delete the records', date);
	await page.getByRole('button', { name: 'Delete the records on this date' }).click();
}

test('an admin chooses a date to delete a child’s records, is told when, and cancels it', async ({ page }) => {
	const admin = await seedStaff({ role: 'admin' });
	const { childId } = await seedPlan(admin.organisationId, fixturePlan('sarah'));
	const chosen = `${new Date().getFullYear() + 1}-03-14`;

	await signIn(page, admin);
	await page.goto(`/children/${childId}`);
	// Sarah was born on 3 October 2012.
	const details = page.locator('.summary-list');
	await expect(details).toContainText('Records kept until');
	await expect(details).toContainText('3 October 2043, their 31st birthday');
	await page.getByRole('link', { name: 'Choose a date to delete them' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a date to delete Sarah Okafor’s records');
	await expect(page.getByRole('main')).toContainText('deleted for good');
	await expectNoAxeViolations(page);

	// Nothing chosen, then a date already past: refused by the field and in the summary.
	await submitDate(page, '');
	await expect(page.getByRole('alert')).toContainText('Enter the date to delete the records');
	await expect(page.locator('#deleteOn-error')).toContainText('Enter the date to delete the records');
	await expect(page).toHaveTitle(/^Error: /);
	await expectNoAxeViolations(page);
	await submitDate(page, '2020-01-01');
	await expect(page.getByRole('alert')).toContainText('Date to delete the records must be in the future');
	await expectDate(page, 'Date to delete the records', '2020-01-01');
	await page.getByRole('alert').getByRole('link', { name: 'Date to delete the records must be in the future' }).click();
	// The summary's link goes to the first box to put right: the day, for a date that breaks a rule.
	await expect(dateGroup(page, 'Date to delete the records').getByLabel('Day')).toBeFocused();
	// Half a date: the message says what is missing, its link goes to that box, and what was typed stays.
	await fillDate(page, 'Date to delete the records', ['14', '', '2030']);
	await page.getByRole('button', { name: 'Delete the records on this date' }).click();
	const missing = page
		.getByRole('alert')
		.getByRole('link', { name: 'Date to delete the records must include a month' });
	await expect(missing).toHaveAttribute('href', '#deleteOn-month');
	await expectDate(page, 'Date to delete the records', ['14', '', '2030']);
	await missing.click();
	await expect(dateGroup(page, 'Date to delete the records').getByLabel('Month')).toBeFocused();
	await submitDate(page, '2044-01-01');
	await expect(page.getByRole('alert')).toContainText(
		'The records are deleted on 3 October 2043 anyway, the child’s 31st birthday: enter an earlier date'
	);
	expect(deleteOn(childId)).toBeNull();

	await submitDate(page, chosen);
	await expect(page.getByRole('status')).toContainText(
		`Sarah Okafor’s records will be deleted on ${formatUkDate(chosen)}`
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sarah Okafor’s records');
	await expect(details).toContainText('To be deleted on');
	await expect(details).toContainText(formatUkDate(chosen));
	await expectNoAxeViolations(page);
	expect(deleteOn(childId)).toBe(chosen);

	// Changing it starts from the date set.
	await page.getByRole('link', { name: 'Change the date' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change the date to delete Sarah Okafor’s records');
	await expectDate(page, 'Date to delete the records', chosen);
	await page.getByRole('link', { name: 'Back to Sarah Okafor’s records' }).click();

	await page.getByRole('button', { name: 'Cancel the deletion' }).click();
	await expect(page.getByRole('status')).toContainText('The date to delete Sarah Okafor’s records has been cancelled');
	await expect(page.getByRole('status')).toContainText('kept until 3 October 2043');
	await expect(page.getByRole('link', { name: 'Choose a date to delete them' })).toBeVisible();
	await expectNoAxeViolations(page);
	expect(deleteOn(childId)).toBeNull();
	expect((await auditRows(admin.organisationId)).filter((row) => row.action.startsWith('child.deletion'))).toEqual([
		{ action: 'child.deletion-scheduled', item: `child:${childId}`, account_id: admin.id },
		{ action: 'child.deletion-cancelled', item: `child:${childId}`, account_id: admin.id }
	]);
});

test('only an admin of the child’s organisation may set or cancel the date', async ({ page, playwright, baseURL }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const { childId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	const outsider = await seedStaff({ role: 'admin' });
	for (const who of [coordinator, outsider]) {
		const context = await playwright.request.newContext({
			baseURL,
			extraHTTPHeaders: { cookie: await seedSessionCookie(who.id), origin: baseURL! }
		});
		expect((await context.get(`/children/${childId}/deletion-date`)).status()).toBe(404);
		for (const action of ['set', 'cancel'])
			expect(
				(
					await context.post(`/children/${childId}/deletion-date?/${action}`, {
						form: { 'deleteOn-day': '1', 'deleteOn-month': '1', 'deleteOn-year': '2040' },
						maxRedirects: 0
					})
				).status()
			).toBe(404);
		await context.dispose();
	}
	expect(deleteOn(childId)).toBeNull();

	// The coordinator sees how long the records are kept, but not the admin's controls.
	await signIn(page, coordinator);
	await page.goto(`/children/${childId}`);
	await expect(page.locator('.summary-list')).toContainText('3 October 2043, their 31st birthday');
	await expect(page.getByRole('link', { name: 'Choose a date to delete them' })).toHaveCount(0);
});

test('the built server runs the retention job soon after it starts, and stops it when told to stop', async () => {
	test.skip(test.info().project.name !== 'js', 'a server of its own: once is enough');
	test.setTimeout(90_000);
	const server = await startBuiltServer();
	try {
		const { db, close } = openDatabase(server.databasePath);
		const document = fixturePlan('sarah');
		document.child.dateOfBirth = '1980-05-01';
		const { childId } = await db.transaction().execute(async (trx) => {
			await createOrganisation(trx, {
				id: 'org',
				name: 'Riverside',
				kind: 'school',
				created_at: new Date().toISOString()
			});
			return insertPlanDocument(trx, { organisationId: 'org', accountId: null, document, today: '2026-11-22' });
		});
		const audited = () =>
			db
				.selectFrom('audit_event')
				.select(['action', 'item', 'account_id'])
				.where('organisation_id', '=', 'org')
				.execute();
		await expect
			.poll(audited, { timeout: 30_000 })
			.toEqual([{ action: 'child.deleted.retention', item: `child:${childId}`, account_id: null }]);
		expect(await db.selectFrom('child').select('id').execute()).toEqual([]);
		await close();
	} finally {
		await server.stop();
	}
	expect(server.process.exitCode).toBe(0);
});
