import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { largestPlan } from '../fixtures/largest-plan';
import { expectNoAxeViolations } from './axe';
import { withPlanDatabase } from './support/plan-builder';
import { fixturePlan, seedAgreedWithReview, seedPlan } from './support/plans';
import { auditRows, seedStaff, signIn } from './support/seed';

test('the plan page downloads the plan as a PDF, named for the child, with an audit row', async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	await signIn(page, coordinator);
	await page.goto(`/plans/${planId}`);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download the plan as a PDF' }).click()
	]);
	expect(download.suggestedFilename()).toBe('Sarah-Okafor-support-plan-2026-09-07.pdf');
	const response = await page.request.get(`/plans/${planId}/plan.pdf`);
	expect(response.headers()['content-type']).toBe('application/pdf');
	expect(response.headers()['content-disposition']).toBe(
		'attachment; filename="Sarah-Okafor-support-plan-2026-09-07.pdf"'
	);

	const pdf = await getDocument({
		data: new Uint8Array(await response.body()),
		isEvalSupported: false,
		disableFontFace: true
	}).promise;
	const first = await pdf.getPage(1);
	const text = (await first.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
	expect(text).toContain('Sarah Okafor');
	expect(text).toContain('DRAFT');
	expect(text).toMatch(/Page 1 of \d+/);
	// Tagged for screen readers by the server's PDF workers: a Document opening with the plan's title as its H1.
	expect((await pdf.getMarkInfo())?.Marked).toBe(true);
	const tree = (await first.getStructTree()) as {
		children: Array<{ role: string; children: Array<{ role?: string }> }>;
	};
	expect(tree.children.map((node) => node.role)).toEqual(['Document']);
	expect(tree.children[0]?.children[0]?.role).toBe('H1');

	const exports = (await auditRows(coordinator.organisationId)).filter((row) => row.action === 'plan.exported.pdf');
	expect(exports).toHaveLength(2);
	expect(exports.every((row) => row.account_id === coordinator.id)).toBe(true);
});

test('someone who may not see the plan cannot download it either', async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const stranger = await seedStaff({ role: 'practitioner', organisationId: coordinator.organisationId });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	await signIn(page, stranger);
	expect((await page.request.get(`/plans/${planId}/plan.pdf`)).status()).toBe(404);
	expect((await auditRows(coordinator.organisationId)).filter((row) => row.action === 'plan.exported.pdf')).toEqual([]);
});

test('a plan too long to make into a PDF says so where the download would be, and a request for its plan, version or review PDF is refused without a 500', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	// Every list at its limit of 200, every text 2,000 characters long: over 3 million characters.
	const { planId } = await seedPlan(coordinator.organisationId, largestPlan({ stepsPerOutcome: 1, linksPerItem: 1 }));
	const versionId = withPlanDatabase(
		(db) => (db.prepare('SELECT current_version_id AS id FROM plan WHERE id = ?').get(planId) as { id: string }).id
	);
	await signIn(page, coordinator);

	await page.goto(`/plans/${planId}`);
	await expect(page.locator('[data-pdf-problem]')).toContainText(
		/^This plan is too long to make into a PDF: it holds [\d,]+ characters of text, and a PDF can be made of up to 2,000,000/
	);
	await expect(page.getByRole('link', { name: 'Download the plan as a PDF' })).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.goto(`/plans/${planId}/versions/${versionId}`);
	await expect(page.locator('[data-pdf-problem]')).toContainText('This plan is too long to make into a PDF');
	await expect(page.getByRole('link', { name: /Download PDF/ })).toHaveCount(0);

	const { reviewId } = await seedAgreedWithReview(planId, versionId, coordinator.id);
	for (const path of [
		`/plans/${planId}/plan.pdf`,
		`/plans/${planId}/versions/${versionId}/pdf`,
		`/plans/${planId}/reviews/${reviewId}/pdf`
	]) {
		const response = await page.request.get(path, { headers: { accept: 'text/html' } });
		expect(response.status(), path).toBe(422);
		expect(await response.text()).toContain(
			'Shorten the plan, or download it as a file for another school or service instead.'
		);
	}
	// Followed in the browser, the refusal is a plain page.
	await page.goto(`/plans/${planId}/plan.pdf`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, there is a problem');
	await expect(page.getByRole('main')).toContainText('This plan is too long to make into a PDF');
	await expectNoAxeViolations(page);
	expect((await auditRows(coordinator.organisationId)).filter((row) => row.action === 'plan.exported.pdf')).toEqual([]);
});

/** Every page's text of a PDF the server answered with, pages joined. */
async function pdfPagesText(body: Buffer): Promise<string> {
	const pdf = await getDocument({ data: new Uint8Array(body), isEvalSupported: false, disableFontFace: true }).promise;
	let text = '';
	for (let number = 1; number <= pdf.numPages; number++) {
		const items = (await (await pdf.getPage(number)).getTextContent()).items;
		text += ` ${items.map((item) => ('str' in item ? item.str : '')).join(' ')}`;
	}
	// Pieces in another style are separate items: no space before the punctuation that follows one.
	return text.replace(/\s+/g, ' ').replace(/ ([,.])/g, '$1');
}

test('an agreed plan’s PDF says when it was agreed, by whom and who took part, and gives only them lines to sign; a draft’s says who will be asked', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'), coordinator.id);
	await signIn(page, coordinator);

	const draft = await pdfPagesText(await (await page.request.get(`/plans/${planId}/plan.pdf`)).body());
	expect(draft).toContain('This plan is a draft. When it is ready, these people will be asked to agree it:');
	expect(draft).not.toContain('Signature');

	await page.goto(`/plans/${planId}/agree`);
	const group = page.getByRole('group', { name: 'Who took part in agreeing the plan?' });
	await group.getByLabel('Sarah Okafor (Child or young person)').check();
	await group.getByLabel('Grace Okafor (Parent or carer)').check();
	await page.getByRole('button', { name: 'Agree the plan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan agreed');
	const versionId = withPlanDatabase(
		(db) => (db.prepare('SELECT current_version_id AS id FROM plan WHERE id = ?').get(planId) as { id: string }).id
	);

	for (const path of [`/plans/${planId}/plan.pdf`, `/plans/${planId}/versions/${versionId}/pdf`]) {
		const text = await pdfPagesText(await (await page.request.get(path)).body());
		const signOff = text.slice(text.lastIndexOf('Agreeing the plan'));
		expect(signOff, path).toMatch(
			new RegExp(`Agreed on \\d{1,2} [A-Z][a-z]+ \\d{4}, recorded by ${coordinator.name}\\.`)
		);
		expect(signOff, path).toContain(
			'Who took part Signature Date Sarah Okafor Child or young person Grace Okafor Parent or carer'
		);
		for (const absent of ['Daniel Price', 'Leah Hart', 'Tom Reilly', 'will be asked'])
			expect(signOff, path).not.toContain(absent);
	}
});
