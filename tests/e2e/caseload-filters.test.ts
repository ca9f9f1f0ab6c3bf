import SQLite from 'better-sqlite3';
import { expect as baseExpect, test } from '@playwright/test';
import { e2eDatabasePath } from '../../playwright.config';
import { yearGroupLabels, yearGroupOf } from '../../src/lib/children/year-group';
import { expectNoAxeViolations } from './axe';
import { postForm } from './support/plan-layers';
import { fixturePlan, seedCaseload, seedGrant, seedPlan } from './support/plans';
import { seedStaff, signIn } from './support/seed';

/** The machine may be busy: pages after a form post get longer than the default to appear. */
const expect = baseExpect.configure({ timeout: 15_000 });

/** Runs statements on the e2e server's database. */
function onDatabase<T>(work: (db: SQLite.Database) => T): T {
	const db = new SQLite(e2eDatabasePath);
	try {
		db.pragma('busy_timeout = 5000');
		return work(db);
	} finally {
		db.close();
	}
}

test('the caseload filters by status, kind, review, key worker and year group, kept in the address', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const keyWorker = await seedStaff({ role: 'practitioner', organisationId: coordinator.organisationId });
	const seeded = await seedCaseload(coordinator.organisationId, 60);
	// Twelve children born in spring 2016, four of whose plans are agreed EHC plans; two of those have a key worker.
	const spring = seeded.open.slice(0, 12);
	onDatabase((db) => {
		for (const [index, row] of spring.entries()) {
			db.prepare("UPDATE child SET date_of_birth = '2016-03-14' WHERE id = ?").run(row.planId.replace(/^p-/, 'c-'));
			if (index < 4)
				db.prepare("UPDATE plan_version SET status = 'agreed', kind = 'ehc-plan' WHERE id = ?").run(
					row.planId.replace(/^p-/, 'v-')
				);
			if (index < 2)
				db.prepare(
					"INSERT INTO plan_access (plan_id, account_id, level, granted_by, granted_at, key_worker) VALUES (?, ?, 'editor', NULL, ?, 1)"
				).run(row.planId, keyWorker.id, new Date().toISOString());
		}
	});
	const year = yearGroupOf('2016-03-14', new Date().toISOString().slice(0, 10));
	await signIn(page, coordinator);
	await expect(page.getByText('Showing 1 to 25 of 58 plans')).toBeVisible();

	await page.getByLabel('Year group').selectOption({ label: yearGroupLabels[year] });
	await page.getByRole('button', { name: 'Show plans' }).click();
	await expect(page).toHaveURL(new RegExp(`[?&]year=${year}(&|$)`));
	await expect(page.getByText('Showing 12 of 58 plans')).toBeVisible();
	const rows = page.getByRole('table').locator('tbody tr');
	await expect(rows).toHaveCount(12);
	for (const row of await rows.all()) await expect(row).toContainText(yearGroupLabels[year]);
	await expect(page.getByLabel('Year group')).toHaveValue(year);
	await expectNoAxeViolations(page);

	await page.getByLabel('Status').selectOption({ label: 'Agreed' });
	await page.getByLabel('Kind of plan').selectOption('ehc-plan');
	await page.getByRole('button', { name: 'Show plans' }).click();
	await expect(page.getByText('Showing 4 of 58 plans')).toBeVisible();
	await page.getByLabel('Key worker').selectOption({ label: keyWorker.name });
	await page.getByRole('button', { name: 'Show plans' }).click();
	await expect(page.getByText('Showing 2 of 58 plans')).toBeVisible();
	await expect(rows).toHaveCount(2);

	// The address alone brings the same plans back: a link to send, or a bookmark.
	const address = page.url();
	expect(new URL(address).searchParams.get('worker')).toBe(keyWorker.id);
	await page.goto('/plans');
	await page.goto(address);
	await expect(page.getByText('Showing 2 of 58 plans')).toBeVisible();
	await expect(page.getByLabel('Status')).toHaveValue('agreed');
	for (const width of [390, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: test.info().outputPath(`caseload-filtered-${width}.png`), fullPage: true });
	}

	// Nothing matches: said plainly, with the way back.
	await page.getByLabel('Next review').selectOption({ label: 'No review date set' });
	await page.getByRole('button', { name: 'Show plans' }).click();
	await expect(page.getByRole('heading', { name: 'No plans match these filters' })).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 390, height: 900 });
	await page.screenshot({ path: test.info().outputPath('caseload-empty-390.png'), fullPage: true });
	await page.getByRole('link', { name: 'Clear filters' }).first().click();
	await expect(page).toHaveURL(/\/plans$/);
	await expect(page.getByText('Showing 1 to 25 of 58 plans')).toBeVisible();

	// A value that is not a choice is dropped, the others kept: never an error page.
	expect((await page.goto('/plans?status=archived&year=year-99&kind=ehc-plan'))?.status()).toBe(200);
	await expect(page.getByLabel('Kind of plan')).toHaveValue('ehc-plan');
	await expect(page.getByLabel('Status')).toHaveValue('');
	await expect(page.getByLabel('Year group')).toHaveValue('');
	await expect(page.locator('.count')).toHaveText(/^Showing \d+ of 58\s+plans$/);
});

test("a plan's key worker is named on its Share page, from the staff it is shared with", async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const practitioner = await seedStaff({ role: 'practitioner', organisationId: coordinator.organisationId });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'), coordinator.id);
	await signIn(page, coordinator);
	await page.goto(`/plans/${planId}/share`);
	await expect(page.getByText('Share the plan with a practitioner first')).toBeVisible();

	await seedGrant(planId, practitioner.id, 'editor');
	await page.goto(`/plans/${planId}/share`);
	await page.getByLabel(/key worker\?/).selectOption({ label: practitioner.name });
	await page.getByRole('button', { name: 'Save key worker' }).click();
	await expect(page.getByRole('status')).toContainText('The key worker has been saved.');
	await expect(page.getByRole('table')).toContainText('Key worker');
	await expect(page.getByLabel(/key worker\?/)).toHaveValue(practitioner.id);
	await expectNoAxeViolations(page);
	for (const width of [390, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: test.info().outputPath(`share-key-worker-${width}.png`), fullPage: true });
	}

	await page.goto('/plans');
	await page.getByLabel('Key worker').selectOption({ label: practitioner.name });
	await page.getByRole('button', { name: 'Show plans' }).click();
	await expect(page.getByText('Showing 1 of 1 plan')).toBeVisible();

	// Someone it is not shared with cannot be named, whatever the form sent.
	const refused = await postForm(page, `/plans/${planId}/share?/keyWorker`, [['keyWorker', coordinator.id]]);
	expect(refused.status).toBe(400);
	expect(refused.html).toContain('Select a member of staff the plan is shared with');
	await page.goto(`/plans/${planId}/share`);
	await expect(page.getByLabel(/key worker\?/)).toHaveValue(practitioner.id);
	const trail = onDatabase((db) =>
		db.prepare("SELECT item FROM audit_event WHERE plan_id = ? AND action = 'access.key-worker-changed'").all(planId)
	);
	expect(trail).toEqual([{ item: `account:${practitioner.id}` }]);
});
