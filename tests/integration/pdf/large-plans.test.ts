import { beforeAll, describe, expect, it } from 'vitest';
import { profileEntry } from '../../../src/lib/plan/profile-entry';
import { renderPlanPdf } from '../../../src/lib/pdf/plan/plan-pdf';
import { PROVISION_HEADERS } from '../../../src/lib/pdf/sections/provision';
import { applyPdfmakePatches } from '../../../src/lib/server/pdf/pdfmake-patches/index';
import { largestPlan } from '../../fixtures/largest-plan';
import { parsed, TODAY } from '../../unit/pdf/fixtures';
import { readPdf } from './read-pdf';

const OPTIONS = { today: TODAY, author: 'Riverside Academy' };
const HEADER_ROW = PROVISION_HEADERS.join(' ');

// Rendered as the server renders, with the pdfmake patches in: without them the largest render here
// takes several times as long (pdfmake-patches.test.ts shows the patches change no text).
beforeAll(() => {
	applyPdfmakePatches();
});

describe('a plan at the limits of the format', () => {
	it('loses nothing when every text is 2,000 characters long (no block kept together runs past a page)', async () => {
		const plan = parsed(largestPlan({ items: 3, stepsPerOutcome: 2, linksPerItem: 3 }));
		const { pages } = await readPdf(await renderPlanPdf(plan, OPTIONS));
		const body = pages.map((page) => page.body).join(' ');
		const texts = [
			...(plan.profile?.likeAndAdmire ?? []).map((entry) => profileEntry(entry).text),
			...(plan.profile?.important ?? []).map((entry) => profileEntry(entry).text),
			...(plan.profile?.support ?? []).map((entry) => profileEntry(entry).text),
			...plan.aspirations.map((aspiration) => aspiration.text),
			...plan.needs.map((need) => need.text),
			...plan.outcomes.flatMap((outcome) => [
				outcome.text,
				outcome.successCriteria ?? '',
				...outcome.steps.map((step) => step.text)
			])
		];
		expect(texts).toHaveLength(3 * 3 + 3 + 3 + 3 * 4);
		for (const text of texts) expect(body, text.slice(0, 30)).toContain(text);
		// Provision rows this tall run over pages cell by cell, so their text is read in pieces.
		for (const provision of plan.provision) expect(body).toContain(provision.text.slice(0, 40));
	});

	it('renders 200 of everything, with the provision table running over pages under its repeated header row', async () => {
		// Every list at 200 items and 200 links; one step per outcome and 300-character texts keep the
		// test to seconds (the format's full largest plan, 40,000 steps of 2,000 characters, is about
		// 30,000 pages, and is refused a PDF: see src/lib/pdf/length-limit.ts).
		const plan = parsed(largestPlan({ stepsPerOutcome: 1, textLength: 300 }));
		expect(plan.provision).toHaveLength(200);
		const bytes = await renderPlanPdf(plan, OPTIONS);
		const { pages } = await readPdf(bytes);
		// Every page is portrait; the provision table's pages are those under its header row.
		for (const page of pages) expect(page.width).toBeLessThan(page.height);
		const provisionPages = pages
			.map((page, index) => ({ page, number: index + 1 }))
			.filter(({ page }) => page.body.includes(HEADER_ROW));
		expect(provisionPages.length).toBeGreaterThan(10);
		for (const { page, number } of provisionPages.slice(1)) {
			expect(page.body.startsWith(HEADER_ROW), `page ${number}`).toBe(true);
		}
		const first = provisionPages[0]!.page.body;
		expect(first.indexOf('Provision is the support')).toBeGreaterThan(-1);
		expect(first.indexOf('Provision is the support')).toBeLessThan(first.indexOf(HEADER_ROW));
		// The table is in one run of pages, and all 200 rows are there, in order (a row this tall may
		// split between its number and its words where a page ends).
		const numbers = provisionPages.map(({ number }) => number);
		expect(numbers.at(-1)! - numbers[0]!).toBe(numbers.length - 1);
		const table = provisionPages.map(({ page }) => page.body).join(' ');
		let from = 0;
		for (let row = 1; row <= 200; row++) {
			const at = table.indexOf(`Provision p${row} `, from);
			expect(at, `row ${row}`).toBeGreaterThan(-1);
			from = at;
		}
		pages.forEach((page, index) => expect(page.footer).toContain(`Page ${index + 1} of ${pages.length}`));
	}, 120_000);
});
