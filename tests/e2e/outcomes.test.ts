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
	// The add form has its own address: the list page is only the cards.
	await expect(page.locator('#text')).toHaveCount(0);
	await page.getByRole('link', { name: 'Add an outcome' }).click();
	await expect(page).toHaveURL(/\?add#form$/);
	await expect(page.getByRole('heading', { name: 'Add an outcome' })).toBeVisible();
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
	await expect(items.nth(0).getByRole('heading', { level: 2 })).toHaveText('Outcome 1');
	await expect(items.nth(0)).toContainText('Target date 23 July 2027');
	await expect(items.nth(0)).toContainText(
		'Sarah does the journey with the trainer following at a distance. – by 5 March 2027'
	);
	await expect(items.nth(0)).toContainText('Sarah plans the route and buys the ticket herself. – by 1 May 2027');
	await expect(items.nth(0)).toContainText('“I want to go into town with my friends on my own.”');
	await expect(items.nth(0).locator('[data-rule="outcome-without-provision"]')).toContainText('Check');

	// Saved without an aspiration: the thread checker shows the Problem on its card, with the way to mend it.
	await page.getByRole('link', { name: 'Add an outcome' }).click();
	await text.fill('By December 2027, Sarah will order her own lunch in a café.');
	await page.getByRole('button', { name: 'Save outcome' }).click();
	await expect(page.getByRole('status')).toContainText('Outcome saved By December 2027');
	const second = items.nth(1);
	// Its findings are folded under one disclosure that counts them, closed until opened.
	const findings = second.locator('details');
	await expect(findings).toHaveCount(1);
	await expect(findings).not.toHaveAttribute('open');
	await expect(findings.locator('summary')).toHaveText(/^1 problem and \d things? to check$/);
	await expect(second.locator('[data-rule="outcome-without-aspiration"]')).toBeHidden();
	await findings.locator('summary').click();
	await expect(second.locator('[data-rule="outcome-without-aspiration"]')).toContainText('Problem');
	await expect(second.locator('[data-rule="outcome-not-time-bound"]')).toContainText('Check');
	await expectNoAxeViolations(page);
	await second
		.locator('[data-rule="outcome-without-aspiration"]')
		.getByRole('link', { name: /Mend this/ })
		.click();
	await expect(page).toHaveURL(/\?edit=[a-z0-9]+#aspirationIds$/);
	await expect(page.getByRole('heading', { name: 'Change this outcome' })).toBeVisible();
	await expect(items).toHaveCount(0);
	await page.getByLabel('“I want to have friends.”').check();
	await page.getByRole('button', { name: 'Save outcome' }).click();
	await expect(page).toHaveURL(/\?saved=/);
	await expect(page.getByRole('status')).toContainText('Outcome saved By December 2027');
	await expect(second.locator('[data-rule="outcome-without-aspiration"]')).toHaveCount(0);
	await expect(second.locator('details summary')).toHaveText(/^\d things? to check$/);

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

test('outcome cards: one short card per outcome, its needs as links, its findings folded under one counted disclosure, and its change form on a page of its own that saves', async ({
	page
}) => {
	const sarah = fixturePlan('sarah');
	// A woolly second outcome: no date, no way to tell it is met, no need, no step.
	const woolly = { ...sarah.outcomes[1]!, targetDate: undefined, successCriteria: undefined, needIds: [], steps: [] };
	const { base, ids } = await signedInWithPlan(page, { ...sarah, outcomes: [sarah.outcomes[0]!, woolly] });
	await page.goto(`${base}/outcomes`);

	const cards = page.locator('li.item');
	await expect(cards).toHaveCount(2);
	await expect(cards.getByRole('heading', { level: 2 })).toHaveText(['Outcome 1', 'Outcome 2']);
	// No form on the list page: each card's "Change" opens it.
	await expect(page.locator('form textarea')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Add an outcome' })).toBeVisible();

	// The needs an outcome addresses are named as the printed plan names them, and link to them.
	const first = cards.nth(0);
	const need = first.getByRole('link', { name: 'Need 1: Communication and interaction' });
	await expect(need).toHaveAttribute('href', `${base}/needs#item-${ids.get('need:n1')}`);
	await expect(first.getByRole('link', { name: 'Need 2: Social, emotional and mental health' })).toBeVisible();
	await expect(first).toContainText('Target date 3 October 2028');

	// However many findings, one disclosure per card, closed, saying how many there are.
	const second = cards.nth(1);
	const disclosure = second.locator('details');
	await expect(disclosure).toHaveCount(1);
	await expect(disclosure).not.toHaveAttribute('open');
	const findings = second.locator('[data-rule]');
	const count = await findings.count();
	expect(count).toBeGreaterThanOrEqual(3);
	const problems = await second.locator('.finding--error').count();
	const checks = count - problems;
	const words = [
		problems > 0 ? `${problems} problem${problems === 1 ? '' : 's'}` : '',
		checks > 0 ? `${checks} ${checks === 1 ? 'thing' : 'things'} to check` : ''
	]
		.filter(Boolean)
		.join(' and ');
	await expect(disclosure.locator('summary')).toHaveText(words);
	await expect(findings.first()).toBeHidden();
	await disclosure.locator('summary').click();
	await expect(findings).toHaveCount(count);
	for (const finding of await findings.all()) await expect(finding).toBeVisible();
	await expectNoAxeViolations(page);

	// "Mend this" lands on the field to change, on the change form's own page.
	await second
		.locator('[data-rule="outcome-not-time-bound"]')
		.getByRole('link', { name: /Mend this/ })
		.click();
	await expect(page).toHaveURL(/\?edit=[a-z0-9]+#targetDate-day$/);
	await expect(page.getByRole('heading', { name: 'Change this outcome' })).toBeVisible();
	await expect(cards).toHaveCount(0);
	await expect(page.locator('#targetDate-day')).toBeVisible();
	await expectNoAxeViolations(page);

	// A half-typed date is refused on that page, keeping what was typed; then it saves, back to the cards.
	await fillDate(page, 'Target date', ['17', '7', '']);
	await page.getByLabel('How will we know?').fill('Sarah takes the bus on her own five times, as her mum records.');
	await page.getByRole('button', { name: 'Save outcome' }).click();
	await expect(page.getByRole('alert')).toContainText('Target date must include a year');
	await expect(cards).toHaveCount(0);
	await expectDate(page, 'Target date', ['17', '7', '']);
	await expect(page.getByLabel('How will we know?')).toHaveValue(
		'Sarah takes the bus on her own five times, as her mum records.'
	);
	await fillDate(page, 'Target date', '2027-07-17');
	await page.getByRole('button', { name: 'Save outcome' }).click();
	await expect(page.getByRole('status')).toContainText('Outcome saved');
	await expect(cards).toHaveCount(2);
	await expect(cards.nth(1)).toContainText('Target date 17 July 2027');
	await expect(cards.nth(1).locator('[data-rule="outcome-not-time-bound"]')).toHaveCount(0);
	await expect(cards.nth(1).locator('[data-rule="outcome-not-measurable"]')).toHaveCount(0);

	// "Cancel" on the change form goes back to the cards, changing nothing.
	await cards.nth(0).getByRole('link', { name: 'Change outcome 1' }).click();
	await expect(cards).toHaveCount(0);
	await page.getByRole('link', { name: 'Cancel' }).click();
	await expect(cards).toHaveCount(2);
});
