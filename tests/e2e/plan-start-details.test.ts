import { expect as baseExpect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { hydrated, seedItem, startPlan, withPlanDatabase } from './support/plan-builder';
import { auditRows, seedStaff, signIn } from './support/seed';
import { fillDate, expectDate } from './support/dates';

/** The machine may be busy: pages after a form post get longer than the default to appear. */
const expect = baseExpect.configure({ timeout: 15_000 });

test("the task list puts the child's own words first and shows each task's state", async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	await signIn(page, coordinator);
	const planId = await startPlan(page);
	seedItem(planId, 'aspiration', { text: 'I want to have friends.', voice: 'child' });
	seedItem(planId, 'aspiration', { text: 'We want Sarah to feel safe.', voice: 'parent-carer' });
	seedItem(planId, 'outcome', { text: 'Sarah will join a club.' });
	await page.goto(`/plans/${planId}`);
	const voice = page.locator('figure.child-voice');
	await expect(voice).toContainText('Sarah said:');
	await expect(voice).toContainText('“I want to have friends.”');
	await expect(voice).not.toContainText('feel safe');
	await expect(page.locator('[data-task="aspirations"]')).toContainText('Done');
	// The outcome links to no aspiration: an error on that layer.
	await expect(page.locator('[data-task="outcomes"]')).toContainText('Has problems');
	await expect(page.locator('[data-task="outcomes"]')).toContainText('1 problem');
	await expect(page.locator('[data-task="outcomes"]')).toContainText(/\d checks?/);
	await expect(page.locator('[data-task="needs"]')).toContainText('Not started');
	await expect(page.locator('[data-task="check"]')).toContainText('Has problems');
	await expect(page.getByRole('link', { name: 'Outcomes' })).toHaveAttribute('href', `/plans/${planId}/outcomes`);
	await expectNoAxeViolations(page);
	expect(
		(await auditRows(coordinator.organisationId)).filter((row) => row.action === 'plan.viewed').length
	).toBeGreaterThanOrEqual(2);
});

test("the child's and the plan's details: change them, refuse bad input, and refuse a stale save without losing what was typed", async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	await signIn(page, coordinator);
	const planId = await startPlan(page);
	await page.goto(`/plans/${planId}/details`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Child and plan details');
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Change name' }).click();
	await expect(page.getByRole('heading', { name: 'Change the child’s details' })).toBeVisible();
	await hydrated(page);
	await page.getByLabel('Known as (optional)').fill('Sadie');
	await fillDate(page, 'Date of birth', '2099-01-01');
	await page.getByRole('button', { name: 'Save the child’s details' }).click();
	await expect(page.getByRole('alert')).toContainText('Date of birth must be today or in the past');
	await expect(page.getByLabel('Known as (optional)')).toHaveValue('Sadie');
	await expect(page).toHaveTitle(/^Error: Child and plan details/);
	await expectNoAxeViolations(page);
	await fillDate(page, 'Date of birth', '2012-10-03');
	await page.getByRole('button', { name: 'Save the child’s details' }).click();
	await expect(page.getByRole('status')).toContainText('The child’s details have been saved');
	await expect(page.getByRole('region', { name: 'Plan summary' })).toContainText('known as Sadie');
	// The caseload finds her by the name she is known by.
	await page.goto('/plans?q=sadie');
	await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(1);

	await page.goto(`/plans/${planId}/details?edit=plan#title`);
	await hydrated(page);
	await page.getByLabel('Title').fill('Sadie’s SEN support plan');
	await fillDate(page, 'Next review date', '2027-06-30');
	// Someone else saves the plan's details meanwhile.
	withPlanDatabase((db) =>
		db
			.prepare("UPDATE plan_version SET revision = revision + 1, title = 'Changed by someone else' WHERE plan_id = ?")
			.run(planId)
	);
	await page.getByRole('button', { name: 'Save the plan’s details' }).click();
	await expect(page.getByRole('alert')).toContainText('Someone else changed the plan’s details while you were editing');
	await expect(page.locator('[data-stale-notice]')).toContainText('Changed by someone else');
	await expect(page.getByLabel('Title')).toHaveValue('Sadie’s SEN support plan');
	await expectDate(page, 'Next review date', '2027-06-30');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Save the plan’s details' }).click();
	await expect(page.getByRole('status')).toContainText('The plan’s details have been saved');
	const summary = page.locator('.summary-list').last();
	await expect(summary).toContainText('Sadie’s SEN support plan');
	await expect(summary).toContainText('30 June 2027');
	expect(
		(await auditRows(coordinator.organisationId)).filter((row) => row.action === 'plan.changed').map((row) => row.item)
	).toEqual(baseExpect.arrayContaining(['child', 'plan']));
});
