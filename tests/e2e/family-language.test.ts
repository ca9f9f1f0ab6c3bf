import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { postForm, signedInAsFamily } from './support/plan-layers';
import { fixturePlan, seedPlan } from './support/plans';
import { pdfText, planAuditActions } from './support/reviews';
import { seedStaff, signIn } from './support/seed';

test('a SENCo records Sarah’s family language as Arabic with an interpreter and types a translation; her mother downloads the Arabic summary', async ({
	page,
	browser
}) => {
	test.setTimeout(300_000);
	const coordinator = await seedStaff({ role: 'coordinator' });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'), coordinator.id);
	await signIn(page, coordinator);

	// The family's language, on the child's details (its choices all valid; a forged post is refused below).
	await page.goto(`/plans/${planId}/details`);
	await expect(page.getByText('Not recorded')).toBeVisible();
	await page.getByRole('link', { name: 'Change the family’s language' }).click();
	await expectNoAxeViolations(page);
	await page.getByLabel('The family’s preferred language').selectOption('ar');
	await page.getByLabel('Yes').check();
	await page.getByRole('button', { name: 'Save the family’s language' }).click();
	await expect(page.getByRole('status')).toContainText('The family’s language has been saved');
	await expect(page.getByText('Arabic (العربية)')).toBeVisible();
	await expectNoAxeViolations(page);

	// A translation of her first hope, typed in from the interpreter's words.
	await page.goto(`/plans/${planId}`);
	await page.getByRole('link', { name: 'Translations for the family' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Translations for the family');
	await expect(page.getByLabel('Language')).toHaveValue('ar');
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Add the translation of hope 1' }).click();
	await page.getByRole('button', { name: 'Save the translation' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter the translation');
	await expect(page.locator('#text-error')).toContainText('Enter the translation');
	await expectNoAxeViolations(page);
	await page.getByLabel('The translation, as the interpreter wrote it').fill('أريد أن يكون لي أصدقاء.');
	await page.getByLabel('Interpreter’s name').fill('Amina Hassan');
	await page.getByRole('button', { name: 'Save the translation' }).click();
	await expect(page.getByRole('status')).toContainText('The translation has been saved');
	const translated = page.locator('p.translation');
	await expect(translated).toHaveText('أريد أن يكون لي أصدقاء.');
	await expect(translated).toHaveAttribute('dir', 'rtl');
	await expect(page.getByText('Translated by Amina Hassan on')).toBeVisible();
	await expectNoAxeViolations(page);
	expect(
		(await planAuditActions(planId)).filter((action) => action.startsWith('child.') || action.startsWith('item.'))
	).toEqual(['child.language-changed', 'item.translation-saved']);

	// What the form cannot send: refused by the field, never a 500.
	const itemId = await page.locator('ul.items > li').first().getAttribute('id');
	const bad = await postForm(page, `/plans/${planId}/translations?/save`, [
		['itemId', itemId ?? ''],
		['languageCode', 'ar'],
		['text', 'a\u0007b'],
		['translatedByName', 'x'.repeat(300)],
		['translatedOn-day', '31'],
		['translatedOn-month', '2'],
		['translatedOn-year', '2027'],
		['revision', '1']
	]);
	expect(bad.status).toBe(400);
	expect(bad.html).toContain('The translation holds characters that cannot be shown');
	expect(bad.html).toContain('The interpreter’s name must be 200 characters or fewer');
	expect(bad.html).toContain('Date translated must be a real date');
	const noLanguage = await postForm(page, `/plans/${planId}/details?/language`, [['language', 'klingon']]);
	expect(noLanguage.status).toBe(400);
	expect(noLanguage.html).toContain('Select the family’s language from the list');
	expect(noLanguage.html).toContain('Select whether the family needs an interpreter');
	expect((await page.request.get(`/plans/${planId}/family-summary.pdf?language=xx`)).status()).toBe(400);

	// Her mother: the summary in Arabic, the family's language chosen for her, and the translations to read.
	const context = await browser.newContext({
		javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
		acceptDownloads: true
	});
	const family = await context.newPage();
	await signedInAsFamily(family, coordinator.organisationId, planId);
	await family.goto(`/plans/${planId}`);
	await expect(family.getByLabel('Family summary in another language')).toHaveValue('ar');
	await expectNoAxeViolations(family);
	const [download] = await Promise.all([
		family.waitForEvent('download'),
		family.getByRole('button', { name: 'Download the family summary' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^Sarah-Okafor-family-summary-ar-\d{4}-\d{2}-\d{2}\.pdf$/);
	const text = await pdfText(new Uint8Array(readFileSync((await download.path()) as string)));
	expect(text).toContain('This is a translation. The English plan is the one that counts.');
	expect(text).toContain('This translation has not yet been checked by a fluent speaker.');
	expect(text).toContain('I want to have friends.');
	expect(text).toContain('Amina Hassan');
	expect(text).toContain('A summary of Sarah’s plan for the family');

	await family.goto(`/plans/${planId}/translations`);
	await expect(family.locator('p.translation')).toHaveText('أريد أن يكون لي أصدقاء.');
	await expect(family.getByRole('link', { name: /translation of/ })).toHaveCount(0);
	await expectNoAxeViolations(family);
	const refused = await postForm(family, `/plans/${planId}/translations?/save`, [
		['itemId', itemId ?? ''],
		['languageCode', 'ar'],
		['text', 'x'],
		['translatedByName', 'x'],
		['translatedOn-day', '1'],
		['translatedOn-month', '1'],
		['translatedOn-year', '2026'],
		['revision', '1']
	]);
	expect(refused.status).toBe(404);
	await context.close();
});
