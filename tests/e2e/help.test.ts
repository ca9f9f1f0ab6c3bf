import { expect, test } from '@playwright/test';
import { rules } from '../../src/lib/thread/rules/index';
import { expectNoAxeViolations } from './axe';
import { seedStaff, signIn } from './support/seed';

test('the help page lists every rule of the thread checker with its kind and what it looks for, Problems first', async ({
	page
}) => {
	const staff = await seedStaff({ role: 'practitioner' });
	await signIn(page, staff);
	await page.goto('/help/thread-rules');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the checks mean');
	await expect(page).toHaveTitle('What the checks mean – Golden Thread');
	const problems = rules.filter((rule) => rule.severity === 'error');
	const checks = rules.filter((rule) => rule.severity === 'warning');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([
		`Problems (${problems.length})`,
		`Checks (${checks.length})`
	]);
	await expect(page.getByRole('region', { name: /^Problems/ })).toContainText(
		'A problem must be mended before the plan can be agreed.'
	);

	const items = page.locator('li[data-rule]');
	await expect(items).toHaveCount(rules.length);
	for (const [index, rule] of [...problems, ...checks].entries()) {
		const item = items.nth(index);
		await expect(item).toHaveAttribute('data-rule', rule.id);
		await expect(item.locator('p')).toHaveText([
			rule.severity === 'error' ? 'Problem' : 'Check',
			rule.description,
			`Code: ${rule.id}`
		]);
		if (rule.examples) {
			await expect(item.locator('dt')).toHaveText(['Unclear', 'Clear']);
			await expect(item.locator('dd')).toHaveText([`“${rule.examples.unclear}”`, `“${rule.examples.clear}”`]);
		} else {
			await expect(item.locator('dl')).toHaveCount(0);
		}
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
	await expectNoAxeViolations(page);
});
