import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { seedFamilyMember, signInFamily } from './support/plan-builder';
import { fixturePlan, seedAgreedWithReview, seedGrant, seedPlan } from './support/plans';
import { seedStaff, signIn } from './support/seed';

/** The machine may be busy: pages after a sign-in get longer than the default to appear. */
const expect = baseExpect.configure({ timeout: 15_000 });

// Grace reads Sarah's plan on her phone.
test.use({ viewport: { width: 390, height: 844 } });

/** Nothing of the staff's checking and building: no findings, no mending, no task states, no review to start. */
async function expectNoStaffClutter(page: Page): Promise<void> {
	await expect(page.locator('.finding')).toHaveCount(0);
	await expect(page.getByText('Mend this')).toHaveCount(0);
	await expect(page.getByText(/tasks done/)).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Record a review' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Build the plan' })).toHaveCount(0);
}

test('a family member with one plan lands on it, is asked to read the draft, and reads it whole in sentences', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	// Kacper's plan has checks (findings) the team sees; his family must not.
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('kacper'));
	const family = await seedFamilyMember(planId, 'contributor');

	await signInFamily(page, family);
	await expect(page).toHaveURL(new RegExp(`/plans/${planId}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Kacper's SEN support plan");
	const asked = page.getByRole('region', { name: 'What is asked of you now' });
	await expect(asked).toContainText('The plan is ready for you to read before the meeting.');
	await expectNoStaffClutter(page);
	await expect(page.getByRole('link', { name: 'Back to plans' })).toHaveCount(0);
	await expectNoAxeViolations(page);

	// Their home is the plan, whichever way they come back to it.
	await page.goto('/plans');
	await expect(page).toHaveURL(new RegExp(`/plans/${planId}$`));

	await asked.getByRole('link', { name: 'Read the plan' }).click();
	await expect(page).toHaveURL(new RegExp(`/plans/${planId}/read$`));
	await expect(page.getByRole('heading', { level: 2, name: 'About Kacper' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Hope 1' })).toBeVisible();
	await expect(page.getByText('What makes it hard:').first()).toBeVisible();
	await expect(page.getByText('The help Kacper gets:').first()).toBeVisible();
	// He/him is recorded for Kacper: the plan speaks of him so.
	await expect(page.getByText('What is important to him:')).toBeVisible();
	await expectNoStaffClutter(page);
	await expectNoAxeViolations(page);

	for (const part of ['check', 'provision', 'outcomes', 'aspirations', 'about-me']) {
		await page.goto(`/plans/${planId}/${part}`);
		await expectNoStaffClutter(page);
	}
});

test('the read page writes Sarah’s thread as sentences, and staff reach it from the plan home', async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	await signIn(page, coordinator);
	await page.goto(`/plans/${planId}`);
	await expect(page.getByRole('heading', { name: 'Build the plan' })).toBeVisible();
	await expect(page.getByText('with Sarah and her family')).toBeVisible();
	await page.getByRole('link', { name: 'Read the whole plan' }).click();
	await expect(page).toHaveURL(new RegExp(`/plans/${planId}/read$`));

	const hope = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Hope 1' }) });
	await expect(hope).toContainText('Sarah said: “I want to have friends.”');
	await expect(hope).toContainText('What makes it hard:');
	await expect(hope).toContainText('Sarah has a language delay.');
	await expect(hope).toContainText('What we are working towards:');
	await expect(hope).toContainText('By 3 October 2028.');
	await expect(hope).toContainText('The help Sarah gets:');
	await expect(hope).toContainText('Once a week for 3 hours, one to one.');
	await expect(hope).toContainText('Twice a week for 30 minutes, in a group of 6.');
	await expect(page.getByText('The plan will be looked at again on 5 March 2027.')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a family member with two plans gets a short list of them', async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const sarah = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	const amara = await seedPlan(coordinator.organisationId, fixturePlan('amara'));
	const family = await seedFamilyMember(sarah.planId, 'contributor');
	await seedGrant(amara.planId, family.id, 'viewer');

	await signInFamily(page, family);
	await expect(page).toHaveURL(/\/plans$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your children’s plans');
	await expect(page.getByRole('link', { name: 'Sarah Okafor' })).toHaveAttribute('href', `/plans/${sarah.planId}`);
	await expect(page.getByRole('listitem').filter({ hasText: 'Sarah Okafor' })).toContainText(
		'Next review: 5 March 2027'
	);
	await expect(page.getByRole('link', { name: /Amara/ })).toHaveAttribute('href', `/plans/${amara.planId}`);
	// No caseload: no search, no sorting, no table, no thread counts.
	await expect(page.getByRole('search')).toHaveCount(0);
	await expect(page.getByRole('table')).toHaveCount(0);
	await expect(page.getByText(/Sort by|No problems|\bchecks?\b/)).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('when a review is open, the family’s home says their views are needed and takes them to it', async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const { planId, versionId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	const { reviewId } = await seedAgreedWithReview(planId, versionId, coordinator.id);
	const family = await seedFamilyMember(planId, 'contributor');

	await signInFamily(page, family);
	const asked = page.getByRole('region', { name: 'What is asked of you now' });
	await expect(asked).toContainText('Your views are needed for the review on 5 March 2027.');
	await expectNoStaffClutter(page);
	// The plan is agreed: nothing to add to About me or the aspirations until the review, so no link there.
	await expect(page.getByRole('link', { name: 'About Sarah' })).toHaveCount(0);
	await expectNoAxeViolations(page);

	await asked.getByRole('link', { name: 'Give your views' }).click();
	await expect(page).toHaveURL(new RegExp(`/plans/${planId}/reviews/${reviewId}$`));
	await expect(page.getByText('Sarah’s views, in her own words').first()).toBeVisible();
	await expectNoAxeViolations(page);
});
