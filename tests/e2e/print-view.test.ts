import { expect, test } from '@playwright/test';
import { fixturePlan } from './support/plans';
import { signedInWithPlan } from './support/plan-layers';

/** What only a screen can use: controls that open, move or remove, and the checker's "Mend this". */
const controls =
	/^(Change|Suggest a change|Delete|Move up|Move down|Add|Withdraw|Mend this|Previous page|Next page|Cancel)\b/;

test('the printed pages drop "Change", "Delete" and every other control, keeping the plan itself', async ({ page }) => {
	const { base } = await signedInWithPlan(page, fixturePlan('sarah'));
	for (const task of ['about-me', 'team', 'aspirations', 'needs', 'outcomes', 'provision', 'check', 'share']) {
		await page.goto(`${base}/${task}`);
		// On screen, the controls are there: the test would see them if print kept them.
		if (task !== 'check' && task !== 'share')
			await expect(page.getByRole('link', { name: controls }).first(), `${task} on screen`).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		const shown = await page
			.locator('main a, main button')
			.filter({ visible: true })
			.evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').trim()));
		expect(
			shown.filter((name) => controls.test(name)),
			`controls printed on ${task}`
		).toEqual([]);
		await expect(page.getByRole('heading', { level: 1 }), `${task} keeps its heading`).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
	}
	await page.goto(`${base}/aspirations`);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('blockquote', { hasText: 'I want to have friends.' })).toBeVisible();
});
