import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { fixturePlan } from './support/plans';
import { postForm, signedInWithPlan } from './support/plan-layers';
import { fillDate } from './support/dates';

test('provision: what, for which outcomes, who, how often and how long, shown as a quantity in words; bad numbers refused with what was typed kept', async ({
	page
}) => {
	const { base } = await signedInWithPlan(page, { ...fixturePlan('sarah'), provision: [] });
	await page.goto(`${base}/provision`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Provision');
	await expect(page.getByText('There is no provision yet.')).toBeVisible();
	await expect(page.locator('#text-hint')).toContainText('1 session a week of 30 minutes, 1 to 1');
	await expectNoAxeViolations(page);

	const what = page.getByLabel('What the provision is');
	await what.fill('Speech and language therapy');
	await page.getByLabel(/^Outcome 1:/).check();
	await page.getByLabel('Sessions').fill('two');
	await page.getByLabel('Minutes in each session').fill('0');
	await page.getByRole('button', { name: 'Save provision' }).click();
	await expect(page).toHaveTitle(/^Error: Provision/);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Enter the number of sessions as a whole number, like 2');
	await expect(alert).toContainText('Enter the minutes in each session as a whole number of 1 or more');
	await expect(what).toHaveValue('Speech and language therapy');
	await expect(page.getByLabel(/^Outcome 1:/)).toBeChecked();
	await expect(page.getByLabel('Sessions')).toHaveValue('two');
	await expectNoAxeViolations(page);

	await page.getByLabel('Sessions').fill('1');
	await page.getByLabel('Minutes in each session').fill('90');
	await page.getByRole('button', { name: 'Save provision' }).click();
	await expect(page.locator('#per-error')).toContainText('Select how often');
	await page.getByLabel('Each', { exact: true }).selectOption('week');
	await page.getByLabel('Group size').fill('1');
	await page.getByLabel('Who delivers it', { exact: true }).fill('Speech and language therapist');
	await page
		.getByLabel('Team member who delivers it (optional)')
		.selectOption({ label: 'Priya Shah (Speech and language therapist)' });
	await fillDate(page, 'Start date', '2026-09-14');
	await fillDate(page, 'Review date', '2027-03-05');
	await page.getByRole('button', { name: 'Save provision' }).click();
	await expect(page.getByRole('status')).toContainText('Provision saved Speech and language therapy');
	const items = page.locator('li.item');
	await expect(items.nth(0)).toContainText('1 session a week, 90 minutes, one to one');
	await expect(items.nth(0)).toContainText('Speech and language therapist: Priya Shah');
	await expect(items.nth(0)).toContainText('From 14 September 2026; review 5 March 2027');
	await expect(items.nth(0).locator('[data-rule]')).toHaveCount(0);

	// Provision for no outcome, said vaguely: findings beside it, each with a way to mend it.
	await what.fill('Access to a quiet space as needed');
	await page.getByRole('button', { name: 'Save provision' }).click();
	await expect(page.getByRole('status')).toContainText('Provision saved Access to a quiet space as needed');
	const second = items.nth(1);
	await expect(second.locator('details summary')).toHaveText('1 problem and 3 things to check');
	await second.locator('details summary').click();
	await expect(second.locator('[data-rule="provision-without-outcome"]')).toContainText('Problem');
	await expect(second.locator('[data-rule="provision-not-quantified"]')).toContainText('Check');
	await expect(second.locator('[data-rule="provision-without-provider"]')).toContainText('Check');
	// One finding for its hedges, quoting both.
	await expect(second.locator('[data-rule="vague-wording"]')).toContainText('says “Access to” and “as needed”');
	await expect(second).toContainText('Not said yet');
	await expectNoAxeViolations(page);
	await second
		.locator('[data-rule="provision-without-outcome"]')
		.getByRole('link', { name: /Mend this/ })
		.click();
	await expect(page.getByRole('heading', { name: 'Change this provision' })).toBeVisible();
	await expect(what).toHaveValue('Access to a quiet space as needed');
	await page.getByLabel(/^Outcome 2:/).check();
	await page.getByRole('button', { name: 'Save provision' }).click();
	await expect(page).toHaveURL(/\?saved=/);
	await expect(second.locator('[data-rule="provision-without-outcome"]')).toHaveCount(0);

	// Hand-made posts: a 3,000-character text, a team member of nobody's. Refused, never a 500.
	const long = await postForm(page, `${base}/provision?/save`, [
		['text', 'x'.repeat(3000)],
		['sessions', '1'],
		['per', 'fortnight']
	]);
	expect(long.status).toBe(400);
	expect(long.html).toContain('What the provision is must be 2,000 characters or fewer');
	expect(long.html).toContain('Select how often');
	const stranger = await postForm(page, `${base}/provision?/save`, [
		['text', 'Mentoring'],
		['teamMemberId', 'abcdefabcdefabcdefabcdef']
	]);
	expect(stranger.status).toBe(400);
	expect(stranger.html).toContain('Choose a member of this plan’s team');

	await page.getByRole('button', { name: 'Move up provision: Access to a quiet space' }).click();
	await expect(page.getByRole('status')).toContainText('Provision moved Access to a quiet space');
	await expect(items.nth(0)).toContainText('Access to a quiet space');
	await page.getByRole('link', { name: 'Delete provision: Access to a quiet space' }).click();
	await page.getByRole('button', { name: 'Yes, delete this provision' }).click();
	await expect(page.getByRole('status')).toContainText('Provision deleted');
	await expect(items).toHaveCount(1);
});
