import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { fixturePlan, seedGrant, seedPlan } from './support/plans';
import { seedStaff, signIn } from './support/seed';

/**
 * The child's records (the download of everything held about them, and deletion) are reached from the
 * plan by those who may open them: coordinators and admins from the plan's page, admins also from the
 * child's name at the top of every plan page. Others see no link.
 */
test("the child's records are linked from the plan for coordinators and admins, and from the child's name for admins", async ({
	page,
	browser
}) => {
	const admin = await seedStaff({ role: 'admin' });
	const coordinator = await seedStaff({ role: 'coordinator', organisationId: admin.organisationId });
	const practitioner = await seedStaff({ role: 'practitioner', organisationId: admin.organisationId });
	const plan = await seedPlan(admin.organisationId, fixturePlan('sarah'), coordinator.id);
	await seedGrant(plan.planId, practitioner.id, 'editor');
	const javaScriptEnabled = test.info().project.use.javaScriptEnabled;

	await signIn(page, admin);
	await page.goto(`/plans/${plan.planId}`);
	for (const width of [390, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: test.info().outputPath(`plan-home-admin-${width}.png`), fullPage: true });
	}
	await page.goto(`/plans/${plan.planId}/outcomes`);
	const header = page.getByRole('region', { name: 'Plan summary' });
	await header.getByRole('link', { name: /Sarah .*: their records/ }).click();
	await expect(page).toHaveURL(new RegExp(`/children/${plan.childId}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Sarah');
	await page.goto(`/plans/${plan.planId}`);
	await page.getByRole('link', { name: /’s records$/ }).click();
	await expect(page).toHaveURL(new RegExp(`/children/${plan.childId}$`));
	await expectNoAxeViolations(page);

	const coordinatorContext = await browser.newContext({ javaScriptEnabled });
	const asCoordinator = await coordinatorContext.newPage();
	await signIn(asCoordinator, coordinator);
	await asCoordinator.goto(`/plans/${plan.planId}`);
	await expect(asCoordinator.getByRole('link', { name: /’s records$/ })).toHaveCount(1);
	await expect(
		asCoordinator.getByRole('region', { name: 'Plan summary' }).getByRole('link', { name: /their records/ })
	).toHaveCount(0);
	await coordinatorContext.close();

	const practitionerContext = await browser.newContext({ javaScriptEnabled });
	const asPractitioner = await practitionerContext.newPage();
	await signIn(asPractitioner, practitioner);
	await asPractitioner.goto(`/plans/${plan.planId}`);
	await expect(asPractitioner.getByRole('link', { name: /records/ })).toHaveCount(0);
	expect((await asPractitioner.goto(`/children/${plan.childId}`))?.status()).toBe(404);
	await practitionerContext.close();
});
