import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { fixturePlan } from './support/plans';
import { postForm, signedInWithPlan, someoneElsesPlan } from './support/plan-layers';

test('needs: added with an area and the aspirations they stand in the way of, listed by area, moved and deleted; another plan’s aspirations refused', async ({
	page
}) => {
	const sarah = { ...fixturePlan('sarah'), needs: [], outcomes: [], provision: [] };
	const { base } = await signedInWithPlan(page, sarah);
	await page.goto(`${base}/needs`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Needs');
	await expect(page.getByText('There are no needs yet.')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Save need' }).click();
	await expect(page).toHaveTitle(/^Error: Needs/);
	await expect(page.getByRole('alert')).toContainText('Enter the need: what stands in the way');
	await expect(page.getByRole('alert')).toContainText('Select the area of need');
	await expectNoAxeViolations(page);

	// The aspirations are offered by their words; what was ticked survives a refusal.
	await page.getByLabel('“I want to have friends.”').check();
	await page.getByRole('button', { name: 'Save need' }).click();
	await expect(page.getByLabel('“I want to have friends.”')).toBeChecked();
	await page
		.getByLabel('The need: what stands in the way')
		.fill('Sarah has a language delay that affects how she joins in.');
	await page.getByLabel('Communication and interaction').check();
	await page.getByRole('button', { name: 'Save need' }).click();
	await expect(page.getByRole('status')).toContainText('Need saved Sarah has a language delay');

	await page.getByLabel('The need: what stands in the way').fill('Sarah finds it hard to judge who is safe to trust.');
	await page.getByLabel('Social, emotional and mental health').check();
	await page.getByLabel('“I want to go into town with my friends on my own.”').check();
	await page.getByLabel('“We want Sarah to feel confident and safe when she is out of the house.”').check();
	await page.getByRole('button', { name: 'Save need' }).click();
	await expect(page.getByRole('status')).toContainText('Need saved Sarah finds it hard');
	await page.getByLabel('The need: what stands in the way').fill('Sarah needs time to process spoken instructions.');
	await page.getByLabel('Communication and interaction').check();
	await page.getByRole('button', { name: 'Save need' }).click();
	await expect(page.getByRole('status')).toContainText('Need saved Sarah needs time to process');

	// Grouped by area, each with the aspirations it blocks and a finding with a way to mend it.
	const headings = page.getByRole('heading', { level: 2 });
	await expect(headings.filter({ hasText: 'Communication and interaction' })).toHaveCount(1);
	await expect(headings.filter({ hasText: 'Social, emotional and mental health' })).toHaveCount(1);
	const items = page.locator('li.item');
	await expect(items.nth(0)).toContainText('Sarah has a language delay');
	await expect(items.nth(0)).toContainText('Stands in the way of:');
	await expect(items.nth(0)).toContainText('“I want to have friends.”');
	await expect(items.nth(1)).toContainText('Sarah needs time to process');
	await expect(items.nth(2)).toContainText('“We want Sarah to feel confident and safe');
	await expect(items.nth(0).locator('details summary')).toHaveText('1 thing to check');
	await items.nth(0).locator('details summary').click();
	await expect(items.nth(0).locator('[data-rule="need-without-outcome"]')).toContainText('Check');
	await expect(items.nth(0).getByRole('link', { name: /Mend this/ })).toHaveAttribute(
		'href',
		/\/outcomes\?need=[a-z0-9]+#text$/
	);
	await expectNoAxeViolations(page);

	// Move within its area: the second communication need goes up.
	await page.getByRole('button', { name: 'Move up need: Sarah needs time to process' }).click();
	await expect(page.getByRole('status')).toContainText('Need moved Sarah needs time to process');
	await expect(items.nth(0)).toContainText('Sarah needs time to process');
	await expect(items.nth(1)).toContainText('Sarah has a language delay');

	// An aspiration of another plan, posted by hand: refused with a plain message, nothing saved.
	const foreign = (await someoneElsesPlan()).get('aspiration:a1')!;
	const refused = await postForm(page, `${base}/needs?/save`, [
		['id', ''],
		['revision', ''],
		['text', 'A need linked to another child’s plan.'],
		['area', 'health'],
		['aspirationIds', foreign]
	]);
	expect(refused.status).toBe(400);
	expect(refused.html).toContain('not part of this plan');
	await page.goto(`${base}/needs`);
	await expect(items).toHaveCount(3);
	await expect(page.getByText('A need linked to another child’s plan.')).toHaveCount(0);

	// Delete, after confirming.
	await page.getByRole('link', { name: 'Delete need: Sarah finds it hard to judge' }).click();
	await expect(page.getByRole('heading', { name: 'Are you sure you want to delete this need?' })).toBeVisible();
	await page.getByRole('button', { name: 'Yes, delete this need' }).click();
	await expect(page.getByRole('status')).toContainText('Need deleted');
	await expect(items).toHaveCount(2);
	await expect(headings.filter({ hasText: 'Social, emotional and mental health' })).toHaveCount(0);
});
