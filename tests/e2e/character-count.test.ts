import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { hydrated } from './support/plan-builder';
import { emptyThread, signedInWithPlan } from './support/plan-layers';

const label = 'The aspiration, in the speaker’s own words';

test('a long text box says its limit, counts down as one types (with scripts), and too much is refused by name', async ({
	page,
	javaScriptEnabled
}) => {
	const { base } = await signedInWithPlan(page, emptyThread());
	await page.goto(`${base}/aspirations`);
	const box = page.getByLabel(label);
	// The limit, said by the page itself and read with the box: it holds without scripts.
	await expect(page.locator('#text-info')).toHaveText('You can enter up to 2,000 characters');
	await expect(box).toHaveAttribute('aria-describedby', /\btext-info\b/);

	if (javaScriptEnabled) {
		await hydrated(page);
		const count = page.locator('.count[aria-hidden="true"]');
		await expect(count).toHaveText('You have 2,000 characters remaining');
		await box.fill('I want to ride horses.');
		await expect(count).toHaveText('You have 1,978 characters remaining');
		// A screen reader hears the count once typing pauses.
		await expect(page.locator('[aria-live="polite"]', { hasText: 'You have 1,978 characters remaining' })).toHaveCount(
			1
		);
		// Each line break counts as the two characters the browser sends.
		await box.fill('a\nb');
		await expect(count).toHaveText('You have 1,996 characters remaining');
		await box.fill('x'.repeat(2003));
		await expect(count).toHaveText('You have 3 characters too many');
		await expect(box).toHaveAttribute('aria-invalid', 'true');
		await expectNoAxeViolations(page);
	} else {
		await box.fill('x'.repeat(2003));
	}

	// Empty: what to enter, never the limit. Too long: the limit, by the box and in the summary.
	await box.fill('');
	await page.getByRole('button', { name: 'Save aspiration' }).click();
	await expect(page.locator('#text-error')).toHaveText('Error: Enter the aspiration in the speaker’s own words');
	await page.getByLabel(label).fill('x'.repeat(2003));
	await page.getByRole('button', { name: 'Save aspiration' }).click();
	await expect(page.locator('#text-error')).toContainText('The aspiration must be 2,000 characters or fewer');
	await expect(page.getByRole('alert')).toContainText('The aspiration must be 2,000 characters or fewer');
	await expect(page.getByLabel(label)).toHaveValue('x'.repeat(2003));
});

test('each step of an outcome counts its characters too, the steps told apart by their own ids', async ({
	page,
	javaScriptEnabled
}) => {
	const { base } = await signedInWithPlan(page, emptyThread());
	await page.goto(`${base}/outcomes?add`);
	const step = page.locator('#step-0-text');
	await expect(page.locator('#step-0-text-info')).toHaveText('You can enter up to 2,000 characters');
	await expect(step).toHaveAttribute('aria-describedby', /\bstep-0-text-info\b/);
	await expect(page.getByLabel('What the step is')).toHaveCount(1);
	if (!javaScriptEnabled) return;
	await hydrated(page);
	await step.fill('Sarah walks to the gate.');
	await expect(
		page.locator('#step-0-text').locator('xpath=..').getByText('You have 1,976 characters remaining')
	).toBeVisible();
});
