import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { fixturePlan } from './support/plans';
import { postForm, signedInWithPlan, someoneElsesPlan } from './support/plan-layers';
import { fillDate, expectDate } from './support/dates';

test('outcomes: written with the aspirations and needs they serve, a date, how we will know and steps added one more at a time; nothing lost on bad input', async ({
	page
}) => {
	const { base, ids } = await signedInWithPlan(page, { ...fixturePlan('sarah'), outcomes: [], provision: [] });
	await page.goto(`${base}/outcomes`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outcomes');
	await expect(page.getByText('There are no outcomes yet.')).toBeVisible();
	await expect(page.locator('#text-hint')).toContainText('By July 2027, Sarah will');
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Save outcome' }).click();
	await expect(page).toHaveTitle(/^Error: Outcomes/);
	await expect(page.getByRole('alert')).toContainText('Enter the outcome');
	await expectNoAxeViolations(page);

	const text = page.getByLabel('The outcome: what Sarah will be able to do');
	await text.fill('By July 2027, Sarah will catch the bus from school to the town centre on her own.');
	await page.getByLabel('“I want to go into town with my friends on my own.”').check();
	await page.getByLabel('Sarah can be socially vulnerable', { exact: false }).check();
	await fillDate(page, 'Target date', '2027-07-23');
	await page
		.getByLabel('How will we know?')
		.fill('Sarah does the journey on her own five times, as recorded by the travel trainer.');
	await page.locator('#step-0-text').fill('Sarah does the journey with the trainer following at a distance.');
	await fillDate(page, 'Step 1 target date (optional)', '2027-03-05');

	// Add another step: one more row, everything typed kept.
	await page.getByRole('button', { name: 'Add another step' }).click();
	await expect(page.locator('#step-1-text')).toBeVisible();
	await expect(page.locator('#step-1-text')).toHaveValue('');
	await expect(text).toHaveValue('By July 2027, Sarah will catch the bus from school to the town centre on her own.');
	await expect(page.getByLabel('“I want to go into town with my friends on my own.”')).toBeChecked();
	await expectDate(page, 'Target date', '2027-07-23');
	await expect(page.locator('#step-0-text')).toHaveValue(
		'Sarah does the journey with the trainer following at a distance.'
	);
	await expectDate(page, 'Step 1 target date (optional)', '2027-03-05');
	// A step with half a date and no words is refused by name, each problem linked to its box; the rest is kept.
	await fillDate(page, 'Step 2 target date (optional)', ['1', '5', '']);
	await page.getByRole('button', { name: 'Save outcome' }).click();
	await expect(page.getByRole('alert')).toContainText('Step 2: enter what the step is');
	await expect(
		page.getByRole('alert').getByRole('link', { name: 'Step 2: target date must include a year' })
	).toHaveAttribute('href', '#step-1-targetDate-year');
	await expectDate(page, 'Step 2 target date (optional)', ['1', '5', '']);
	await fillDate(page, 'Step 2 target date (optional)', '2027-05-01');
	await expect(page.locator('#step-0-text')).toHaveValue(
		'Sarah does the journey with the trainer following at a distance.'
	);
	await page.locator('#step-1-text').fill('Sarah plans the route and buys the ticket herself.');
	await page.getByRole('button', { name: 'Save outcome' }).click();
	await expect(page.getByRole('status')).toContainText('Outcome saved By July 2027, Sarah will catch the bus');

	const items = page.locator('li.item');
	await expect(items).toHaveCount(1);
	await expect(items.nth(0)).toContainText('Target date 23 July 2027');
	await expect(items.nth(0)).toContainText(
		'Sarah does the journey with the trainer following at a distance. – by 5 March 2027'
	);
	await expect(items.nth(0)).toContainText('Sarah plans the route and buys the ticket herself. – by 1 May 2027');
	await expect(items.nth(0)).toContainText('“I want to go into town with my friends on my own.”');
	await expect(items.nth(0).locator('[data-rule="outcome-without-provision"]')).toContainText('Check');

	// Saved without an aspiration: the thread checker shows the Problem beside it, with the way to mend it.
	await text.fill('By December 2027, Sarah will order her own lunch in a café.');
	await page.getByRole('button', { name: 'Save outcome' }).click();
	await expect(page.getByRole('status')).toContainText('Outcome saved By December 2027');
	const second = items.nth(1);
	await expect(second.locator('[data-rule="outcome-without-aspiration"]')).toContainText('Problem');
	await expect(second.locator('[data-rule="outcome-not-time-bound"]')).toContainText('Check');
	await expectNoAxeViolations(page);
	await second
		.locator('[data-rule="outcome-without-aspiration"]')
		.getByRole('link', { name: /Mend this/ })
		.click();
	await expect(page).toHaveURL(/\?edit=[a-z0-9]+#aspirationIds$/);
	await expect(page.getByRole('heading', { name: 'Change this outcome' })).toBeVisible();
	await page.getByLabel('“I want to have friends.”').check();
	await page.getByRole('button', { name: 'Save outcome' }).click();
	await expect(page).toHaveURL(/\?saved=/);
	await expect(page.getByRole('status')).toContainText('Outcome saved By December 2027');
	await expect(second.locator('[data-rule="outcome-without-aspiration"]')).toHaveCount(0);

	// Remove a step from the first outcome, then move it below the second.
	await page.getByRole('link', { name: 'Change outcome 1' }).click();
	await expect(page.locator('#step-1-text')).toHaveValue('Sarah plans the route and buys the ticket herself.');
	await page.getByRole('button', { name: 'Remove step 1' }).click();
	await expect(page.locator('#step-0-text')).toHaveValue('Sarah plans the route and buys the ticket herself.');
	await expect(page.locator('#step-1-text')).toHaveCount(0);
	await page.getByRole('button', { name: 'Save outcome' }).click();
	await expect(page).toHaveURL(/\?saved=/);
	await expect(page.getByRole('status')).toContainText('Outcome saved By July 2027, Sarah will catch the bus');
	await expect(items.nth(0)).not.toContainText('following at a distance');
	await page.getByRole('button', { name: 'Move down outcome 1' }).click();
	await expect(page.getByRole('status')).toContainText('Outcome moved By July 2027, Sarah will catch the bus');
	await expect(items.nth(0)).toContainText('order her own lunch');

	// Input the page cannot produce: an impossible date, another plan's aspiration. Refused, never a 500.
	const badDate = await postForm(page, `${base}/outcomes?/save`, [
		['id', ''],
		['revision', ''],
		['intent', 'save'],
		['text', 'An outcome with an impossible date.'],
		['targetDate-day', '30'],
		['targetDate-month', '2'],
		['targetDate-year', '2027']
	]);
	expect(badDate.status).toBe(400);
	expect(badDate.html).toContain('Target date must be a real date');
	expect(badDate.html).toContain('href="#targetDate-day"');
	expect(badDate.html).toContain('An outcome with an impossible date.');
	const foreign = (await someoneElsesPlan()).get('aspiration:a1')!;
	const badLink = await postForm(page, `${base}/outcomes?/save`, [
		['intent', 'save'],
		['text', 'An outcome for another child.'],
		['aspirationIds', ids.get('aspiration:a1')!],
		['aspirationIds', foreign]
	]);
	expect(badLink.status).toBe(400);
	expect(badLink.html).toContain('not part of this plan');
	await page.goto(`${base}/outcomes`);
	await expect(items).toHaveCount(2);

	// Delete after confirming; its steps go with it.
	await page.getByRole('link', { name: 'Delete outcome 2' }).click();
	await expect(page.locator('#delete')).toContainText('Its step goes with it.');
	await page.getByRole('button', { name: 'Yes, delete this outcome' }).click();
	await expect(page.getByRole('status')).toContainText('Outcome deleted');
	await expect(items).toHaveCount(1);
});
