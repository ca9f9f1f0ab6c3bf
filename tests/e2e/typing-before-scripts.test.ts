import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './support/plan-builder';
import { fixturePlan, seedAgreedWithReview, seedPlan } from './support/plans';
import { seedStaff, signIn } from './support/seed';

/**
 * On a slow phone the form is there to type in before the page's scripts have loaded. What is typed,
 * ticked or chosen then must still be there when they have (Svelte's hydration must not put the
 * server's values back).
 */
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'only pages with scripts hydrate');

/** Holds the app's scripts back until `typing` is done, then lets them load and waits for them. */
async function typeBeforeScripts(page: Page, path: string, typing: () => Promise<void>): Promise<void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(path, { waitUntil: 'domcontentloaded' });
	await typing();
	release();
	await page.waitForLoadState('networkidle');
	await page.unrouteAll();
}

test('what is typed, ticked and chosen before the scripts load is kept when they do', async ({ page }) => {
	const staff = await seedStaff({ role: 'coordinator' });
	const { planId } = await seedPlan(staff.organisationId, fixturePlan('sarah'), staff.id);
	await signIn(page, staff);

	await typeBeforeScripts(page, '/plans/new', async () => {
		await page.getByLabel('First name').fill('Sarah');
		await page.getByLabel('How they communicate (optional)').fill('With pictures to point at.');
		await page.getByRole('radio', { name: 'SEN support' }).check();
	});
	await expect(page.getByLabel('First name')).toHaveValue('Sarah');
	await expect(page.getByLabel('How they communicate (optional)')).toHaveValue('With pictures to point at.');
	await expect(page.getByRole('radio', { name: 'SEN support' })).toBeChecked();

	await typeBeforeScripts(page, `/plans/${planId}/needs`, async () => {
		await page.getByLabel('The need: what stands in the way').fill('Sarah finds busy places overwhelming.');
		await page.getByLabel('“I want to have friends.”').check();
	});
	await expect(page.getByLabel('The need: what stands in the way')).toHaveValue(
		'Sarah finds busy places overwhelming.'
	);
	await expect(page.getByLabel('“I want to have friends.”')).toBeChecked();
	// And the form still works once the scripts have loaded.
	await page.getByRole('radio', { name: 'Sensory and/or physical' }).check();
	await page.getByRole('button', { name: 'Save need' }).click();
	await expect(page.locator('li.item')).toHaveCount(3);
	await expect(page.locator('li.item').last()).toContainText('Sarah finds busy places overwhelming.');
});

test('what is chosen in a select box before the scripts load is kept when they do', async ({ page }) => {
	const staff = await seedStaff({ role: 'coordinator' });
	const { planId, ids } = await seedPlan(staff.organisationId, fixturePlan('sarah'), staff.id);
	await signIn(page, staff);

	await typeBeforeScripts(page, `/plans/${planId}/team`, async () => {
		await page.getByLabel('Name', { exact: true }).fill('Dr Ama Mensah');
		await page.getByLabel('Role').selectOption({ label: 'Educational psychologist' });
	});
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Dr Ama Mensah');
	await expect(page.getByLabel('Role').locator('option:checked')).toHaveText('Educational psychologist');

	await typeBeforeScripts(page, `/plans/${planId}/provision`, async () => {
		await page.getByLabel('Team member who delivers it (optional)').selectOption({ index: 4 });
		await page.getByLabel('Each', { exact: true }).selectOption({ index: 2 });
	});
	await expect(page.getByLabel('Team member who delivers it (optional)').locator('option:checked')).toHaveText(
		/Leah Hart/
	);
	await expect(page.getByLabel('Each', { exact: true }).locator('option:checked')).toHaveText('a week');

	// A choice changed from the saved one (the server marked another option selected) is kept too.
	await typeBeforeScripts(page, `/plans/${planId}/provision?edit=${ids.get('p1')}#form`, async () => {
		await page.getByLabel('Each', { exact: true }).selectOption({ label: 'a term' });
	});
	await expect(page.getByLabel('Each', { exact: true }).locator('option:checked')).toHaveText('a term');
});

test('what is typed while a save is on its way is kept in the form the page redraws', async ({ page }) => {
	const staff = await seedStaff({ role: 'coordinator' });
	const { planId } = await seedPlan(staff.organisationId, fixturePlan('sarah'), staff.id);
	await signIn(page, staff);
	await page.goto(`/plans/${planId}/aspirations`);
	// The save goes by the page's script, which must have loaded.
	await hydrated(page);
	const text = page.getByLabel('The aspiration, in the speaker’s own words');
	await text.fill('I want to swim in the sea.');
	await page.getByRole('radio', { name: 'Child or young person' }).check();
	// The save takes a moment to answer: long enough to type in.
	let answered!: () => void;
	const held = new Promise<void>((resolve) => (answered = resolve));
	await page.route('**/aspirations?/save', async (route) => {
		await held;
		await route.continue();
	});
	await page.getByRole('button', { name: 'Save aspiration' }).click();
	await text.pressSequentially(' I want to ride a bike.');
	answered();
	await expect(page.getByRole('status')).toContainText('saved');
	await expect(page.locator('li.item', { hasText: 'I want to swim in the sea.' })).toHaveCount(1);
	await expect(text).toHaveValue(/I want to ride a bike\.$/);
});

// The review's form is not redrawn after a save (its boxes keep their own value), so it needs no
// `keepFresh`; this holds it to that.
test('what is typed into a review while its draft is being saved is kept', async ({ page }) => {
	const staff = await seedStaff({ role: 'coordinator' });
	const { planId, versionId } = await seedPlan(staff.organisationId, fixturePlan('sarah'), staff.id);
	const { reviewId } = await seedAgreedWithReview(planId, versionId, staff.id);
	await signIn(page, staff);
	await page.goto(`/plans/${planId}/reviews/${reviewId}`);
	await hydrated(page);
	const next = page.getByLabel('What changes next');
	await next.fill('Sarah moves to the Year 10 social group.');
	let answered!: () => void;
	const held = new Promise<void>((resolve) => (answered = resolve));
	await page.route(`**/reviews/${reviewId}?/save`, async (route) => {
		await held;
		await route.continue();
	});
	await page.getByRole('button', { name: 'Save the review as a draft' }).click();
	await next.pressSequentially(' Travel training goes on.');
	answered();
	await expect(page.getByRole('status')).toContainText('Review saved as a draft');
	await expect(next).toHaveValue('Sarah moves to the Year 10 social group. Travel training goes on.');
	// What was saved is what was sent, not the words typed after.
	await page.reload();
	await expect(page.getByLabel('What changes next')).toHaveValue('Sarah moves to the Year 10 social group.');
});
