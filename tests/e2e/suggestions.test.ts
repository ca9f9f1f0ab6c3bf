import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { e2eDatabasePath } from '../../playwright.config';
import { openDatabase } from '../../src/lib/server/db/database';
import { expectNoAxeViolations } from './axe';
import { signedInAsFamily } from './support/plan-layers';
import { fixturePlan, seedPlan } from './support/plans';
import { auditRows, seedStaff, signIn } from './support/seed';

/** Names the plan's family member Grace Okafor, Sarah's mother, as her invitation would have; her account id. */
async function nameFamilyMember(planId: string): Promise<string> {
	const handle = openDatabase(e2eDatabasePath);
	try {
		const grant = await handle.db
			.selectFrom('plan_access')
			.select('account_id')
			.where('plan_id', '=', planId)
			.where('level', '=', 'contributor')
			.executeTakeFirstOrThrow();
		await handle.db.updateTable('account').set({ name: 'Grace Okafor' }).where('id', '=', grant.account_id).execute();
		return grant.account_id;
	} finally {
		await handle.close();
	}
}

/** The text of every page of the plan's PDF, as a reader would get it. */
async function pdfText(page: Page, planId: string): Promise<string> {
	const response = await page.request.get(`/plans/${planId}/plan.pdf`);
	expect(response.status()).toBe(200);
	const pdf = await getDocument({
		data: new Uint8Array(await response.body()),
		isEvalSupported: false,
		disableFontFace: true
	}).promise;
	const pages: string[] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const content = await (await pdf.getPage(number)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	return pages.join(' ');
}

test('Grace suggests a change to Sarah’s words; it waits beside them until the coordinator accepts it with Sarah', async ({
	page,
	browser
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const { planId, versionId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'), coordinator.id);
	const base = `/plans/${planId}`;

	// Grace, on her phone.
	await page.setViewportSize({ width: 390, height: 844 });
	await signedInAsFamily(page, coordinator.organisationId, planId);
	const graceId = await nameFamilyMember(planId);

	// About me: what she adds is hers, and says so.
	await page.goto(`${base}/about-me?list=important#form`);
	await expect(page.getByRole('radio', { name: 'Grace Okafor (you)' })).toBeChecked();
	await page.getByLabel('What to add').fill('Her cousin Dami, at weekends.');
	await page.getByRole('button', { name: 'Add to the profile' }).click();
	const entry = page.getByRole('region', { name: 'What is important to me' }).locator('li.item').last();
	await expect(entry).toContainText('Her cousin Dami, at weekends.');
	await expect(entry).toContainText('Grace said');
	await expectNoAxeViolations(page);
	// The version page names her; her account id, which gives her the say over those words, stays on the server.
	const versionPage = await page.request.get(`${base}/versions/${versionId}`, { headers: { accept: 'text/html' } });
	const html = await versionPage.text();
	expect(html).toContain('Her cousin Dami, at weekends.');
	expect(html).not.toContain(graceId);

	// Sarah's aspiration: Grace's change is a suggestion, and Sarah's words stay as she said them.
	await page.goto(`${base}/aspirations`);
	await page.getByRole('link', { name: 'Suggest a change to aspiration: I want to have friends.' }).click();
	await expect(page.getByRole('heading', { name: 'Suggest a change to this aspiration' })).toBeVisible();
	await page
		.getByLabel('The aspiration, in the speaker’s own words')
		.fill('I want to have friends and do well at school.');
	await page.getByRole('button', { name: 'Suggest this change' }).click();
	await expect(page.getByRole('status')).toContainText('Suggestion made');
	const sarahs = page.locator('li.item', { hasText: 'I want to have friends.' });
	await expect(sarahs.locator('blockquote').first()).toHaveText('“I want to have friends.”');
	await expect(sarahs.locator('figcaption')).toHaveText('Sarah said');
	await expect(sarahs).toContainText('Grace suggests:');
	await expect(sarahs).toContainText('“I want to have friends and do well at school.”');
	// Grace cannot accept a change to Sarah's words on her own.
	await expect(sarahs.getByRole('button', { name: 'Accept the change' })).toHaveCount(0);
	await expect(sarahs).toContainText('Until Sarah accepts it, the words stay as they were said.');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await expectNoAxeViolations(page);

	// The coordinator, with Sarah in the meeting.
	const { baseURL, javaScriptEnabled } = test.info().project.use;
	const staffContext = await browser.newContext({ baseURL, javaScriptEnabled });
	const staff = await staffContext.newPage();
	await signIn(staff, coordinator);
	await staff.goto(`${base}/aspirations`);
	const item = staff.locator('li.item', { hasText: 'Grace suggests:' });
	await item.getByRole('button', { name: 'Accept the change' }).click();
	await expect(staff.locator('[data-error-summary]')).toContainText('Tick the box to record that they agreed.');
	await expect(
		staff.locator('li.item', { hasText: 'I want to have friends.' }).locator('blockquote').first()
	).toHaveText('“I want to have friends.”');
	await expectNoAxeViolations(staff);
	await item.getByLabel('Sarah agreed to this decision').check();
	await item.getByLabel('How or where they agreed (optional)').fill('in the review meeting');
	await item.getByRole('button', { name: 'Accept the change' }).click();
	await expect(staff.getByRole('status')).toContainText('Suggestion accepted');
	const changed = staff.locator('li.item', { hasText: 'do well at school' });
	await expect(changed.locator('blockquote').first()).toHaveText('“I want to have friends and do well at school.”');
	await expect(changed.locator('figcaption')).toHaveText('Sarah said');
	await expect(changed).toContainText(
		/Changed on \d{1,2} \w+ \d{4} at Grace’s suggestion, accepted by .+ with Sarah, in the review meeting/
	);
	await expectNoAxeViolations(staff);
	expect(
		(await auditRows(coordinator.organisationId))
			.map((row) => row.action)
			.filter((action) => action.startsWith('suggestion.'))
	).toEqual(['suggestion.made', 'suggestion.accepted']);

	// The PDF prints who said each: Sarah's words first, and Grace's About me entry as hers.
	const text = await pdfText(staff, planId);
	expect(text).toContain('Her cousin Dami, at weekends. — Grace said');
	expect(text).toContain('“I want to have friends and do well at school.”');
	expect(text).toContain('Sarah said');
	await staffContext.close();
});
