import SQLite from 'better-sqlite3';
import { expect as baseExpect, test } from '@playwright/test';
import { e2eDatabasePath } from '../../playwright.config';
import { expectNoAxeViolations } from './axe';
import { hydrated } from './support/plan-builder';
import { seedCaseload } from './support/plans';
import { seedStaff, signIn } from './support/seed';

/** The machine may be busy: pages after a form post get longer than the default to appear. */
const expect = baseExpect.configure({ timeout: 15_000 });

function grant(planId: string, accountId: string) {
	const db = new SQLite(e2eDatabasePath);
	try {
		db.pragma('busy_timeout = 5000');
		db.prepare(
			"INSERT INTO plan_access (plan_id, account_id, level, granted_by, granted_at) VALUES (?, ?, 'viewer', NULL, ?)"
		).run(planId, accountId, new Date().toISOString());
	} finally {
		db.close();
	}
}

test('the caseload lists open plans soonest review first, 25 a page, marks overdue reviews with a word and counts problems', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const seeded = await seedCaseload(coordinator.organisationId, 60);
	await signIn(page, coordinator);

	await expect(page.getByText('Showing 1 to 25 of 58 plans')).toBeVisible();
	const rows = page.getByRole('table').locator('tbody tr');
	await expect(rows).toHaveCount(25);
	// Archived plans are left out: the 8th and 58th seeded plans were archived.
	await expect(page.getByRole('link', { name: /Sarah/ }).first()).toBeVisible();
	const soonest = [...seeded.open]
		.filter((p) => p.reviewDate)
		.sort((a, b) => (a.reviewDate! < b.reviewDate! ? -1 : 1))[0]!;
	await expect(rows.first()).toContainText(new RegExp(soonest.searchName.split(' ')[0]!, 'i'));
	// Seeded review dates from January 2026 are past: the word says so, not only the colour.
	await expect(rows.first()).toContainText('Overdue');
	await expect(page.getByRole('table')).toContainText(/\d problems?/);
	await expect(page.getByRole('table')).toContainText(/\d checks?/);
	await expect(page.getByRole('table')).toContainText(/\d{1,2} [A-Z][a-z]+ 202\d/);
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Next page' }).click();
	await expect(page.getByText('Showing 26 to 50 of 58 plans')).toBeVisible();
	await page.getByRole('link', { name: 'Next page' }).click();
	await expect(page.getByText('Showing 51 to 58 of 58 plans')).toBeVisible();
	// The plan with no review date comes last.
	await expect(rows.last()).toContainText('Not set');
	await expect(page.getByRole('link', { name: 'Next page' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Previous page' }).click();
	await expect(page.getByText('Showing 26 to 50 of 58 plans')).toBeVisible();

	// By name, then reversed.
	await page.getByRole('link', { name: /Child.*sort by name/ }).click();
	await expect(page).toHaveURL(/sort=name/);
	const names = [...seeded.open].map((p) => p.searchName).sort();
	await expect(rows.first().getByRole('link')).toHaveText(new RegExp(`^${names[0]}$`, 'i'));
	await expect(page.getByRole('columnheader', { name: /Child/ })).toHaveAttribute('aria-sort', 'ascending');
	await page.getByRole('link', { name: /Child.*sort by name/ }).click();
	await expect(rows.first().getByRole('link')).toHaveText(new RegExp(`^${names.at(-1)}$`, 'i'));
	await expect(page.getByRole('columnheader', { name: /Child/ })).toHaveAttribute('aria-sort', 'descending');
});

test('the caseload searches by name and says so when nothing matches', async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	await seedCaseload(coordinator.organisationId, 40);
	await signIn(page, coordinator);
	await hydrated(page);
	await page.getByLabel("Search by the child's name").fill('  TARIQ ');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/q=\+*TARIQ/);
	const links = page.getByRole('table').locator('tbody tr a');
	await expect(links).not.toHaveCount(0);
	for (const name of await links.allTextContents()) expect(name.toLowerCase()).toContain('tariq');
	await expect(page.getByText(/matching “TARIQ”/)).toBeVisible();
	await expect(page.getByLabel("Search by the child's name")).toHaveValue('TARIQ');
	await expectNoAxeViolations(page);

	await page.getByLabel("Search by the child's name").fill('Nobody Atall');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page.getByText('No plans match “Nobody Atall”')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Clear the search' }).click();
	await expect(page.getByText('Showing 1 to 25 of 39 plans')).toBeVisible();
});

test("a practitioner sees only the plans shared with them, never another organisation's", async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const practitioner = await seedStaff({ role: 'practitioner', organisationId: coordinator.organisationId });
	const ours = await seedCaseload(coordinator.organisationId, 10);
	const stranger = await seedStaff({ role: 'coordinator' });
	await seedCaseload(stranger.organisationId, 5);
	grant(ours.open[2]!.planId, practitioner.id);
	await signIn(page, practitioner);
	await expect(page.getByText('Showing 1 to 1 of 1 plan')).toBeVisible();
	await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'Start a plan' })).toHaveCount(0);
	await page.getByRole('table').locator('tbody').getByRole('link').click();
	await expect(page.getByRole('region', { name: 'Plan summary' })).toBeVisible();
	// Another organisation's plan, by address: not found.
	expect((await page.goto(`/plans/${ours.open[3]!.planId}`))?.status()).toBe(404);
});

test('the caseload reads well on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	const coordinator = await seedStaff({ role: 'coordinator' });
	await seedCaseload(coordinator.organisationId, 3);
	await signIn(page, coordinator);
	// Measured once the stylesheets have loaded: a layout forced earlier is of the unstyled page.
	await page.waitForLoadState('load');
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scrollWidth).toBeLessThanOrEqual(375);
	await expect(page.getByRole('link', { name: 'Sort by name', exact: true })).toBeVisible();
});
