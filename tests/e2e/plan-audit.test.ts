import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { fixturePlan, seedGrant, seedPlan } from './support/plans';
import { seedStaff, signIn } from './support/seed';

test("a plan's editors see who has looked at it and changed it; a viewer does not", async ({ page, browser }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const viewer = await seedStaff({ role: 'practitioner', organisationId: coordinator.organisationId });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	await seedGrant(planId, viewer.id, 'viewer');

	const viewerContext = await browser.newContext({ javaScriptEnabled: test.info().project.use.javaScriptEnabled });
	const viewerPage = await viewerContext.newPage();
	await signIn(viewerPage, viewer);
	await viewerPage.goto(`/plans/${planId}`);
	await expect(viewerPage.getByRole('link', { name: 'Who has looked at and changed this plan' })).toHaveCount(0);
	expect((await viewerPage.goto(`/plans/${planId}/audit`))?.status()).toBe(404);
	await viewerContext.close();

	await signIn(page, coordinator);
	await page.goto(`/plans/${planId}`);
	await page.getByRole('link', { name: 'Who has looked at and changed this plan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who has looked at and changed this plan');
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows.filter({ hasText: viewer.name }).filter({ hasText: 'Viewed a plan' })).toHaveCount(1);
	await expect(rows.filter({ hasText: coordinator.name }).filter({ hasText: 'Viewed a plan' })).toHaveCount(1);
	await expect(page.getByRole('table')).toContainText(/\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}/);
	await expectNoAxeViolations(page);
});
