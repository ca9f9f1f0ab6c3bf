import { expect, test, type Page } from '@playwright/test';
import { e2eDatabasePath } from '../../playwright.config';
import { openDatabase } from '../../src/lib/server/db/database';
import { expectNoAxeViolations } from './axe';
import { seedStaff } from './support/seed';
import { authenticatorCode } from './support/totp';

/**
 * The recovery codes, shown once after setting up an authenticator: one a line with nothing overlapping
 * on a phone or a desktop, in a monospaced face, with Print and Copy buttons when the page runs its script
 * and a read-only box to select them when it does not.
 */

/** A member of staff who has not set up an authenticator yet, signed in as far as setting one up, then through it. */
async function codesShown(page: Page): Promise<string[]> {
	const member = await seedStaff({ role: 'practitioner' });
	const handle = openDatabase(e2eDatabasePath);
	try {
		await handle.db.updateTable('account').set({ totp_key: null }).where('id', '=', member.id).execute();
	} finally {
		await handle.close();
	}
	await page.goto('/sign-in');
	await page.getByLabel('Email address').fill(member.email);
	await page.getByLabel('Password').fill(member.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up your authenticator app');
	const key = (await page.getByTestId('totp-key').textContent())!.replace(/\s/g, '');
	await page.getByLabel('Code from the app').fill(authenticatorCode(key));
	await page.getByRole('button', { name: 'Finish setting up' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save your recovery codes');
	return page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents();
}

for (const width of [390, 1280]) {
	test(`recovery codes stand one a line, whole and apart, at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		const codes = await codesShown(page);
		expect(codes).toHaveLength(10);
		for (const code of codes) expect(code).toMatch(/^[a-z2-7]{5}(-[a-z2-7]{5}){4}$/);

		const boxes = await page
			.getByRole('list', { name: 'Recovery codes' })
			.locator('code')
			.evaluateAll((elements) =>
				elements.map((element) => {
					const box = element.getBoundingClientRect();
					return { top: box.top, bottom: box.bottom, right: box.right, lines: element.getClientRects().length };
				})
			);
		for (const [index, box] of boxes.entries()) {
			expect(box.lines, `code ${index + 1} is on one line`).toBe(1);
			expect(box.right, `code ${index + 1} keeps clear of the page's edge`).toBeLessThanOrEqual(width - 8);
			if (index > 0)
				expect(box.top, `code ${index + 1} starts below the one before`).toBeGreaterThanOrEqual(
					boxes[index - 1]!.bottom
				);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		const face = await page
			.locator('.codes code')
			.first()
			.evaluate((element) => getComputedStyle(element).fontFamily);
		expect(face).toMatch(/monospace$/);
		expect(face).toContain('DejaVu Sans Mono');
		await expectNoAxeViolations(page);
		await page.screenshot({ path: test.info().outputPath(`recovery-codes-${width}.png`), fullPage: true });

		if (test.info().project.use.javaScriptEnabled === false) {
			await expect(page.getByRole('button', { name: /Print|Copy/ })).toHaveCount(0);
			const box = page.getByLabel('The codes, to select and copy');
			await expect(box).toHaveAttribute('readonly', '');
			await expect(box).toHaveValue(codes.join('\n'));
		} else {
			await expect(page.getByLabel('The codes, to select and copy')).toHaveCount(0);
			await page.evaluate(() => {
				window.print = () => document.body.setAttribute('data-printed', 'yes');
			});
			await page.getByRole('button', { name: 'Print the codes' }).click();
			await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
			await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.getByRole('button', { name: 'Copy the codes' }).click();
			await expect(page.getByText('The codes have been copied.')).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.join('\n'));
		}

		// On paper: the codes, without the buttons or the box.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('list', { name: 'Recovery codes' })).toBeVisible();
		await expect(page.getByRole('button', { name: /Print|Copy/ })).toHaveCount(0);
		await expect(page.getByLabel('The codes, to select and copy')).toBeHidden();
	});
}
