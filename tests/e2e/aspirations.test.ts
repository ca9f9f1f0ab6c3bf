import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { emptyThread, signedInWithPlan } from './support/plan-layers';

test('aspirations: added in whose words, the child’s first and quoted, changed, moved and deleted after confirming; findings beside them', async ({ page }) => {
	const { base } = await signedInWithPlan(page, emptyThread());
	await page.goto(`${base}/aspirations`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aspirations');
	await expect(page).toHaveTitle('Aspirations – Sarah Okafor’s plan – Golden Thread');
	await expect(page.getByText('There are no aspirations yet')).toBeVisible();
	await expect(page.locator('[data-rule="no-aspirations"]')).toContainText('Problem');
	await expect(page.locator('[data-rule="no-child-voice"]')).toContainText('Check');
	await expectNoAxeViolations(page);

	// Nothing typed, then too much and no voice: plain messages, what was typed kept.
	await page.getByRole('button', { name: 'Save aspiration' }).click();
	await expect(page).toHaveTitle(/^Error: /);
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Enter the aspiration in the speaker’s own words');
	await expect(summary).toContainText('Select whose words these are');
	await expectNoAxeViolations(page);
	const long = 'I want to ride horses. '.repeat(131).slice(0, 3000);
	await page.getByLabel('The aspiration, in the speaker’s own words').fill(long);
	await page.getByRole('button', { name: 'Save aspiration' }).click();
	await expect(page.locator('#text-error')).toContainText('The aspiration must be 2,000 characters or fewer');
	await expect(page.locator('#voice-error')).toContainText('Select whose words these are');
	await expect(page.getByLabel('The aspiration, in the speaker’s own words')).toHaveValue(long);

	await page.getByLabel('The aspiration, in the speaker’s own words').fill('We want Sarah to feel safe when she is out.');
	await page.getByLabel('Parent or carer').check();
	await page.getByRole('button', { name: 'Save aspiration' }).click();
	await expect(page.getByRole('status')).toContainText('Aspiration saved “We want Sarah to feel safe when she is out.”');
	await expect(page.locator('[data-rule="no-aspirations"]')).toHaveCount(0);
	await expect(page.locator('[data-rule="no-child-voice"]')).toHaveCount(1);

	// The child's own words: listed first, quoted and attributed.
	await page.getByLabel('The aspiration, in the speaker’s own words').fill('I want to have friends.');
	await page.getByLabel('Child or young person').check();
	await page.getByRole('button', { name: 'Save aspiration' }).click();
	await expect(page.getByRole('status')).toContainText('Aspiration saved “I want to have friends.”');
	await page.getByLabel('The aspiration, in the speaker’s own words').fill('I want to go into town on my own.');
	await page.getByLabel('Child or young person').check();
	await page.getByRole('button', { name: 'Save aspiration' }).click();
	await expect(page.getByRole('status')).toContainText('“I want to go into town on my own.”');
	await expect(page.locator('[data-rule="no-child-voice"]')).toHaveCount(0);
	const items = page.locator('li.item');
	await expect(items).toHaveCount(3);
	await expect(items.nth(0)).toContainText('“I want to have friends.”');
	await expect(items.nth(0)).toContainText('Sarah said');
	await expect(items.nth(1)).toContainText('“I want to go into town on my own.”');
	await expect(items.nth(2)).toContainText('A parent or carer said');
	await expect(page.getByRole('heading', { level: 2, name: 'In Sarah’s own words' })).toBeVisible();
	// No outcome works towards them yet: a warning beside each, with a link to mend it.
	await expect(items.nth(0).locator('[data-rule="aspiration-without-outcome"]')).toContainText('Check');
	await expect(items.nth(0).getByRole('link', { name: /Mend this/ })).toHaveAttribute('href', /\/outcomes\?aspiration=[a-z0-9]+#text$/);
	await expectNoAxeViolations(page);

	// Move the second of Sarah's up: it becomes the first.
	await page.getByRole('button', { name: 'Move up aspiration: I want to go into town on my own.' }).click();
	await expect(page.getByRole('status')).toContainText('Aspiration moved “I want to go into town on my own.”');
	await expect(items.nth(0)).toContainText('I want to go into town on my own.');
	await expect(items.nth(1)).toContainText('I want to have friends.');

	// Change one.
	await page.getByRole('link', { name: 'Change aspiration: I want to have friends.' }).click();
	await expect(page.getByRole('heading', { name: 'Change this aspiration' })).toBeVisible();
	await expect(page.getByLabel('The aspiration, in the speaker’s own words')).toHaveValue('I want to have friends.');
	await expect(page.getByLabel('Child or young person')).toBeChecked();
	await page.getByLabel('The aspiration, in the speaker’s own words').fill('I want to have friends to meet at the weekend.');
	await page.getByRole('button', { name: 'Save aspiration' }).click();
	await expect(page.getByRole('status')).toContainText('Aspiration saved “I want to have friends to meet at the weekend.”');
	await expect(items).toHaveCount(3);
	await expect(items.nth(1)).toContainText('“I want to have friends to meet at the weekend.”');
	await expect(page.getByRole('heading', { name: 'Add an aspiration' })).toBeVisible();

	// Delete, after confirming.
	await page.getByRole('link', { name: 'Delete aspiration: We want Sarah to feel safe' }).click();
	await expect(page.getByRole('heading', { name: 'Are you sure you want to delete this aspiration?' })).toBeVisible();
	await expect(page.locator('#delete')).toContainText('“We want Sarah to feel safe when she is out.”');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Yes, delete this aspiration' }).click();
	await expect(page.getByRole('status')).toContainText('Aspiration deleted');
	await expect(items).toHaveCount(2);
	await expect(page.getByText('We want Sarah to feel safe')).toHaveCount(0);
});
