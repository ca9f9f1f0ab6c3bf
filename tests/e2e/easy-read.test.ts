import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { downloadedPdf } from './support/easy-read-pdf';
import { itemIds, seedFamilyMember, signInFamily, withPlanDatabase } from './support/plan-builder';
import { fixturePlan, seedPlan } from './support/plans';
import { auditRows, seedStaff, signIn } from './support/seed';

/** The machine may be busy: PDFs and pages after a sign-in get longer than the default. */
const expect = baseExpect.configure({ timeout: 15_000 });

const sarah = fixturePlan('sarah');

/** Sarah's plan, her first need given Easy Read words as the writing page would save them. */
async function sarahsPlan(organisationId: string, accountId: string, checked: boolean): Promise<string> {
	const { planId } = await seedPlan(organisationId, sarah);
	const [firstNeed] = itemIds(planId, 'need');
	withPlanDatabase((db) => {
		const at = new Date().toISOString();
		db.prepare(
			'INSERT INTO easy_read_text (plan_id, item_id, text, picture, source_text, written_by, writer_name, written_at, revision) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, 1)'
		).run(
			planId,
			firstNeed,
			'I find talking hard.\nI need time to think.',
			sarah.needs[0]!.text,
			accountId,
			'Daniel Price',
			at
		);
		if (checked)
			db.prepare(
				'INSERT INTO easy_read_check (plan_id, checked_by, checked_on, recorded_by, recorder_name, recorded_at) VALUES (?, ?, ?, ?, ?, ?)'
			).run(planId, 'Priya Shah', '2026-12-01', accountId, 'Daniel Price', at);
	});
	return planId;
}

/** The page's words are large, and it reads at 320 px wide without scrolling sideways. */
async function expectEasyToRead(page: Page): Promise<void> {
	const line = page.locator('.easy-read li').filter({ hasText: 'I find talking hard.' });
	await expect(line).toHaveCount(1);
	const size = await line.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
	expect(size).toBeGreaterThanOrEqual(20);
	// Each picture is there, beside its words: loaded, and on the left of them.
	const pictures = page.locator('.easy-read img');
	expect(await pictures.count()).toBeGreaterThan(10);
	const picture = line.locator('img');
	await expect(picture).toHaveAttribute('alt', '');
	expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	const [pictureBox, wordsBox] = [await picture.boundingBox(), await line.locator('span').boundingBox()];
	expect(pictureBox!.x + pictureBox!.width).toBeLessThanOrEqual(wordsBox!.x);

	await page.setViewportSize({ width: 320, height: 800 });
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 1280, height: 800 });
}

test('the SENCo opens Sarah’s plan in Easy Read from her plan, sees what still needs Easy Read words, and downloads it', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const planId = await sarahsPlan(coordinator.organisationId, coordinator.id, true);
	await signIn(page, coordinator);
	await page.goto(`/plans/${planId}`);
	await page.getByRole('link', { name: 'My plan in Easy Read' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My plan Sarah');

	const adults = page.getByRole('region', { name: 'For the adult reading it with Sarah' });
	await expect(adults).toContainText('4 parts of the plan need an Easy Read version.');
	await expect(adults.locator('[data-needs-easy-read] li')).toHaveText([
		`Need: ${sarah.needs[1]!.text}`,
		`Outcome: ${sarah.outcomes[0]!.text}`,
		`Outcome: ${sarah.outcomes[1]!.text}`,
		`Provision: ${sarah.provision[1]!.text}`
	]);
	await expect(adults.getByRole('link', { name: 'Write Easy Read words' })).toHaveAttribute(
		'href',
		`/plans/${planId}/easy-read/write`
	);
	await expect(adults.locator('[data-checked]')).toHaveText('Checked by Priya Shah on 1 December 2026.');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([
		'For the adult reading it with Sarah',
		'What I want',
		'What I find hard',
		'Who helps me and when',
		'When we will look at my plan again'
	]);
	await expect(page.locator('.easy-read')).not.toContainText(sarah.needs[1]!.text.slice(0, 30));
	await expectEasyToRead(page);

	// Signed in, the page's pictures are still kept by the browser: they say nothing about anyone.
	expect((await page.request.get('/easy-read/pictures/speech.svg')).headers()['cache-control']).toBe(
		'public, max-age=604800'
	);

	const pages = await downloadedPdf(page);
	expect(pages.length).toBeLessThanOrEqual(20);
	expect(pages[0]).toContain('My plan');
	expect(pages[0]).toContain('Checked by Priya Shah on 1 December 2026.');
	expect(pages.join(' ')).toContain('I find talking hard.');
	expect(pages.join(' ')).not.toContain(sarah.needs[1]!.text.slice(0, 30));
	expect(pages.at(-1)).toContain('OpenMoji');
	const exports = (await auditRows(coordinator.organisationId)).filter(
		(row) => row.action === 'plan.exported.easy-read-pdf'
	);
	expect(exports.map((row) => row.account_id)).toEqual([coordinator.id]);
});

test('Sarah’s mother reads the Easy Read plan on her phone and downloads it, with nothing to write', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const planId = await sarahsPlan(coordinator.organisationId, coordinator.id, false);
	const grace = await seedFamilyMember(planId, 'contributor');
	await signInFamily(page, grace);
	await page.getByRole('link', { name: 'My plan in Easy Read' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My plan Sarah');
	const adults = page.getByRole('region', { name: 'For the adult reading it with Sarah' });
	await expect(adults.locator('[data-checked]')).toHaveText('Not yet checked with Sarah.');
	await expect(page.getByRole('link', { name: 'Write Easy Read words' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Record who checked it' })).toHaveCount(0);
	await expectEasyToRead(page);

	const pages = await downloadedPdf(page);
	expect(pages.join(' ')).toContain('I want to have friends.');
	expect(pages[0]).not.toContain('Checked by');
});

test('the pictures are served from the catalogue only, to anyone, kept a week', async ({ request }) => {
	const picture = await request.get('/easy-read/pictures/speech.svg');
	expect(picture.status()).toBe(200);
	expect(picture.headers()['content-type']).toBe('image/svg+xml');
	expect(picture.headers()['cache-control']).toBe('public, max-age=604800');
	expect(await picture.text()).toMatch(/^<svg/);
	for (const path of [
		'/easy-read/pictures/1F5E3.svg',
		'/easy-read/pictures/nothing.svg',
		'/easy-read/pictures/..%2F..%2Fpackage.json.svg'
	])
		expect((await request.get(path)).status(), path).toBe(404);
});
