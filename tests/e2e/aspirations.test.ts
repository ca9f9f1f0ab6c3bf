import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { fixturePlan, seedPlan } from './support/plans';
import { emptyThread, postForm, signedInAsFamily, signedInWithPlan } from './support/plan-layers';
import { itemIds } from './support/plan-builder';
import { auditRows, seedStaff } from './support/seed';

test('aspirations: added in whose words, the child’s first and quoted, changed, moved and deleted after confirming; findings beside them', async ({
	page
}) => {
	const { base, staff, planId } = await signedInWithPlan(page, emptyThread());
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

	await page
		.getByLabel('The aspiration, in the speaker’s own words')
		.fill('We want Sarah to feel safe when she is out.');
	await page.getByLabel('Parent or carer').check();
	await page.getByRole('button', { name: 'Save aspiration' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Aspiration saved “We want Sarah to feel safe when she is out.”'
	);
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
	// Each new aspiration's audit row names the aspiration it made.
	const added = (await auditRows(staff.organisationId))
		.filter((row) => row.action === 'plan.changed')
		.map((row) => row.item);
	expect(added.sort()).toEqual(
		itemIds(planId, 'aspiration')
			.map((id) => `aspiration:${id}`)
			.sort()
	);
	await expect(items.nth(0)).toContainText('Sarah said');
	await expect(items.nth(1)).toContainText('“I want to go into town on my own.”');
	await expect(items.nth(2)).toContainText('A parent or carer said');
	await expect(page.getByRole('heading', { level: 2, name: 'In Sarah’s own words' })).toBeVisible();
	// No outcome works towards them yet: a warning on each card, folded under its count, with a link to mend it.
	await expect(items.nth(0).locator('details summary')).toHaveText('1 thing to check');
	await items.nth(0).locator('details summary').click();
	await expect(items.nth(0).locator('[data-rule="aspiration-without-outcome"]')).toContainText('Check');
	await expect(items.nth(0).getByRole('link', { name: /Mend this/ })).toHaveAttribute(
		'href',
		/\/outcomes\?aspiration=[a-z0-9]+#text$/
	);
	await expectNoAxeViolations(page);

	// Move the second of Sarah's up: it becomes the first.
	await page.getByRole('button', { name: 'Move up aspiration: I want to go into town on my own.' }).click();
	await expect(page.getByRole('status')).toContainText('Aspiration moved “I want to go into town on my own.”');
	await expect(items.nth(0)).toContainText('I want to go into town on my own.');
	await expect(items.nth(1)).toContainText('I want to have friends.');

	// Change Sarah's words: even an editor only suggests, shown beside them until accepted with her.
	await page.getByRole('link', { name: 'Suggest a change to aspiration: I want to have friends.' }).click();
	await expect(page.getByRole('heading', { name: 'Suggest a change to this aspiration' })).toBeVisible();
	await expect(page.getByLabel('The aspiration, in the speaker’s own words')).toHaveValue('I want to have friends.');
	await page
		.getByLabel('The aspiration, in the speaker’s own words')
		.fill('I want to have friends to meet at the weekend.');
	await page.getByRole('button', { name: 'Suggest this change' }).click();
	await expect(page.getByRole('status')).toContainText('Suggestion made');
	await expect(items).toHaveCount(3);
	await expect(items.nth(1).locator('blockquote').first()).toHaveText('“I want to have friends.”');
	await expect(items.nth(1)).toContainText('suggests:');
	await expect(items.nth(1)).toContainText('“I want to have friends to meet at the weekend.”');
	await expectNoAxeViolations(page);
	await items.nth(1).getByLabel('Sarah agreed to this decision').check();
	await items.nth(1).getByRole('button', { name: 'Accept the change' }).click();
	await expect(page.getByRole('status')).toContainText('Suggestion accepted');
	await expect(items.nth(1).locator('blockquote').first()).toHaveText(
		'“I want to have friends to meet at the weekend.”'
	);
	await expect(items.nth(1)).toContainText(/Changed on .* suggestion, accepted by .* with Sarah/);
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

test('a family member adds and changes aspirations in their own voices only', async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const sarah = fixturePlan('sarah');
	const document = {
		...sarah,
		aspirations: [
			...sarah.aspirations,
			{ id: 'a4', text: 'Sarah will be part of her community.', voice: 'professional' as const }
		]
	};
	const { planId, ids } = await seedPlan(coordinator.organisationId, document, coordinator.id);
	await signedInAsFamily(page, coordinator.organisationId, planId);
	const base = `/plans/${planId}`;

	await page.goto(`${base}/aspirations`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aspirations');
	await expect(page.getByRole('radio', { name: 'Child or young person' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Parent or carer' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Professional' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: /^Delete/ })).toHaveCount(0);
	await expect(page.getByRole('button', { name: /^Move/ })).toHaveCount(0);
	await expect(
		page.getByRole('link', { name: 'Suggest a change to aspiration: I want to have friends.' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: /^Change aspiration: Sarah will be part/ })).toHaveCount(0);
	await expectNoAxeViolations(page);

	await page.getByLabel('The aspiration, in the speaker’s own words').fill('We want Sarah to have a dog one day.');
	await page.getByLabel('Parent or carer').check();
	await page.getByRole('button', { name: 'Save aspiration' }).click();
	await expect(page.getByRole('status')).toContainText('Aspiration saved “We want Sarah to have a dog one day.”');

	// What the page does not offer, posted by hand: a professional's voice, or changing a professional's words.
	const professional = await postForm(page, `${base}/aspirations?/save`, [
		['text', 'A professional view.'],
		['voice', 'professional']
	]);
	expect(professional.status).toBe(403);
	const theirs = await postForm(page, `${base}/aspirations?/save`, [
		['id', ids.get('aspiration:a4')!],
		['revision', '1'],
		['text', 'Rewritten by the family.'],
		['voice', 'parent-carer']
	]);
	expect(theirs.status).toBe(403);
	expect(theirs.html).toContain('Only the plan’s editors can change an aspiration in a professional’s words.');
	await page.goto(`${base}/aspirations`);
	await expect(page.locator('blockquote', { hasText: '“Sarah will be part of her community.”' })).toBeVisible();
});
