import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { fixturePlan, seedPlan } from './support/plans';
import { auditRows, seedStaff, signIn, unique } from './support/seed';

test('a coordinator shares a plan with a practitioner and invites a parent, who then sees only that plan', async ({
	page,
	browser
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const practitioner = await seedStaff({
		role: 'practitioner',
		organisationId: coordinator.organisationId,
		name: `Leah Hart ${unique()}`
	});
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	await seedPlan(coordinator.organisationId, fixturePlan('kacper'));

	await signIn(page, coordinator);
	await page.goto(`/plans/${planId}/share`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Share Sarah's plan");
	await expect(page.getByText('No one else yet.')).toBeVisible();
	await expectNoAxeViolations(page);

	// Bad input: nothing chosen, a bad email. Messages by the field and in the summary; what was typed kept.
	await page.getByRole('button', { name: 'Share the plan' }).click();
	await expect(page.getByRole('alert')).toContainText('Select who to share the plan with');
	await page.getByLabel('Their full name').fill('Grace Okafor');
	await page.getByLabel('Their email address').fill('grace@');
	await page.getByRole('button', { name: 'Make an invitation link' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter an email address in the correct format');
	await expect(page.getByLabel('Their full name')).toHaveValue('Grace Okafor');
	await expect(page).toHaveTitle(/^Error: /);
	await expectNoAxeViolations(page);

	await page.getByLabel('Practitioner').selectOption({ label: `${practitioner.name} (${practitioner.email})` });
	await page.getByRole('group', { name: 'What may the practitioner do?' }).getByLabel('Can read the plan').check();
	await page.getByRole('button', { name: 'Share the plan' }).click();
	await expect(page.getByRole('status')).toContainText('The plan has been shared.');
	await expect(page.getByRole('table')).toContainText(practitioner.name);
	await expect(page.getByRole('table')).toContainText('Can read the plan');
	// On a phone the table of who can see the plan, long email addresses and all, fits the screen.
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await page.setViewportSize({ width: 1280, height: 720 });

	const parentEmail = `grace-${unique()}@example.org`.toLowerCase();
	await page.getByLabel('Their full name').fill('Grace Okafor');
	await page.getByLabel('Their email address').fill(parentEmail);
	await page.getByRole('button', { name: 'Make an invitation link' }).click();
	await expect(page.getByRole('heading', { name: 'Invitation made for Grace Okafor' })).toBeVisible();
	const link = await page.getByLabel('Invitation link').inputValue();
	expect(link).toMatch(/\/invitations\/[a-z2-7]{32}$/);
	// The form is fresh for the next invitation.
	await expect(page.getByLabel('Their full name')).toHaveValue('');
	await expect(page.getByLabel('Their email address')).toHaveValue('');
	await expectNoAxeViolations(page);

	// The parent accepts in a browser of their own and sees Sarah's plan and nothing else.
	const parentContext = await browser.newContext({ javaScriptEnabled: test.info().project.use.javaScriptEnabled });
	const parent = await parentContext.newPage();
	await parent.goto(link);
	await parent.getByLabel('Create a password').fill('our family walks the dog');
	await parent.getByLabel('Type the password again').fill('our family walks the dog');
	await parent.getByRole('button', { name: 'Create account' }).click();
	// With one plan, the family's home is that plan.
	await expect(parent).toHaveURL(new RegExp(`/plans/${planId}$`));
	await expect(parent.getByRole('main')).toContainText('Sarah');
	await expect(parent.getByRole('main')).not.toContainText('Kacper');
	expect((await parent.goto(`/plans/${planId}`))?.status()).toBe(200);
	expect((await parent.goto(`/plans/${planId}/share`))?.status()).toBe(404);

	// Withdrawing the parent's access takes effect on their next request.
	await page.reload();
	await page.getByRole('link', { name: 'Withdraw access from Grace Okafor' }).click();
	await expect(page.getByRole('region', { name: 'Confirm withdrawing access' })).toContainText(
		"Withdraw Grace Okafor's access?"
	);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Yes, withdraw access' }).click();
	await expect(page.getByRole('status')).toContainText('Access has been withdrawn.');
	expect((await parent.goto(`/plans/${planId}`))?.status()).toBe(404);
	await parentContext.close();

	const actions = (await auditRows(coordinator.organisationId)).map((row) => row.action);
	expect(actions).toEqual(
		expect.arrayContaining(['access.granted', 'invitation.made', 'invitation.used', 'access.withdrawn'])
	);
});

test('practitioners and family members cannot reach the share page of a plan they can read', async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const practitioner = await seedStaff({ role: 'practitioner', organisationId: coordinator.organisationId });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('amara'));
	const { seedGrant } = await import('./support/plans');
	await seedGrant(planId, practitioner.id, 'editor');
	await signIn(page, practitioner);
	expect((await page.goto(`/plans/${planId}`))?.status()).toBe(200);
	expect((await page.goto(`/plans/${planId}/share`))?.status()).toBe(404);
	const post = await page.request.post(`/plans/${planId}/share?/grant`, {
		form: { accountId: practitioner.id, level: 'editor' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(post.status()).toBe(404);
});
