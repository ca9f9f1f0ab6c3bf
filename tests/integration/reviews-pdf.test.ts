import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import {
	progressSection,
	renderReviewPdf,
	reviewPdfContent,
	reviewPdfFileName,
	type ReviewRecord
} from '$lib/pdf/review/review-pdf';
import { applyPdfmakePatches } from '$lib/server/pdf/pdfmake-patches/index';
import { readPdf } from './pdf/read-pdf';
import { elementsOf, readStructure } from './pdf/read-structure';

const sarah: PlanDocument = (() => {
	const result = parsePlanDocument(JSON.parse(readFileSync('tests/fixtures/sarah.plan.json', 'utf8')), {
		today: '2026-11-22'
	});
	if (!result.ok) throw new Error('sarah');
	return result.plan;
})();

const review: ReviewRecord = {
	date: '2027-03-04',
	status: 'completed',
	versionNumber: 1,
	tookPart: [
		{ id: 't2', name: 'Grace Okafor', role: 'parent-carer' },
		{ id: 't3', name: 'Mr Daniel Price', role: 'senco' }
	],
	childTookPart: true,
	familyTookPart: true,
	childViewsHow: ['meeting', 'drawing'],
	progress: {
		o1: { rating: 'achieved', evidence: 'Sarah meets two friends at the park every Saturday.' },
		o2: { rating: 'good-progress', evidence: 'Sarah took the bus on her own on 12 days.' }
	},
	childViews: 'I like the park with Mia and Jo.',
	familyViews: 'Sarah is much happier going out.',
	changesNext: 'Travel training for the town centre.',
	notes: [
		{ speaker: 'Grace Okafor', date: '2 February 2027', working: 'The Tuesday club.', notWorking: null },
		{ speaker: 'Sarah, with Grace Okafor', date: '9 January 2027', working: null, notWorking: 'The bus in the rain.' }
	]
};

describe('the review record PDF', () => {
	it('carries the date, who took part, progress with evidence per outcome, the views and what changes next', async () => {
		const pdf = await readPdf(
			await renderReviewPdf(sarah, review, { today: '2027-03-04', author: 'Riverside Academy' })
		);
		const text = pdf.pages.map((page) => page.all).join(' ');
		for (const words of [
			'Review of Sarah Okafor’s support plan',
			'Reviewed on 4 March 2027',
			'Grace Okafor (Parent or carer)',
			'In the meeting; Through a drawing or pictures',
			'Outcome 1',
			'Achieved',
			'Sarah meets two friends at the park every Saturday.',
			'Good progress',
			'Notes between reviews',
			'Grace Okafor, 2 February 2027',
			'What’s working',
			'The Tuesday club.',
			'Sarah, with Grace Okafor, 9 January 2027',
			'What’s not working',
			'The bus in the rain.',
			'“I like the park with Mia and Jo.”',
			'“Sarah is much happier going out.”',
			'Travel training for the town centre.'
		]) {
			expect(text).toContain(words);
		}
		expect(pdf.pages[0]!.footer).toContain('Confidential');
		expect(pdf.info.Author).toBe('Riverside Academy');
	});

	it('keeps each outcome with its progress and evidence on one page, however long the evidence', async () => {
		// Longer evidence moves each outcome further down its page: one of these lengths put the second
		// outcome's heading on one page and its evidence on the next before the blocks were kept together.
		for (const length of [100, 400, 700, 1000, 1300]) {
			const evidence = (n: number) =>
				`Outcome ${n} evidence. ${'Sarah met her friends at the park. '.repeat(60)}`.slice(0, length);
			const long: ReviewRecord = {
				...review,
				progress: {
					o1: { rating: 'achieved', evidence: evidence(1) },
					o2: { rating: 'good-progress', evidence: evidence(2) }
				}
			};
			const { pages } = await readPdf(await renderReviewPdf(sarah, long, { today: '2027-03-04', author: 'R' }));
			for (const n of [1, 2]) {
				const page = pages.find((candidate) => candidate.body.includes(`Outcome ${n} evidence.`));
				expect(page?.body, `outcome ${n} at ${length} characters`).toContain(`Outcome ${n}  `.trimEnd());
				const heading = pages.findIndex((candidate) =>
					candidate.body.includes(`Outcome ${n} ${sarah.outcomes[n - 1]!.text.slice(0, 20)}`)
				);
				expect(pages[heading], `outcome ${n} at ${length} characters`).toBe(page);
			}
		}
	});

	it('says plainly what was not recorded, and marks a draft', () => {
		const draft: ReviewRecord = {
			...review,
			status: 'draft',
			progress: {},
			childViews: null,
			tookPart: [],
			childViewsHow: [],
			notes: []
		};
		const text = JSON.stringify(reviewPdfContent(sarah, draft));
		expect(text).toContain('Draft: not yet completed.');
		expect(text).toContain('No one added a note between reviews.');
		expect(JSON.stringify(progressSection(sarah, draft)).match(/Not recorded/g)).toHaveLength(4);
	});

	it('is the same content every time for the same review', () => {
		expect(JSON.stringify(reviewPdfContent(sarah, review))).toBe(JSON.stringify(reviewPdfContent(sarah, review)));
	});

	it('is a tagged PDF as the server makes it: its headings in order, what the footer says an artifact', async () => {
		applyPdfmakePatches();
		const bytes = await renderReviewPdf(sarah, review, { today: '2027-03-04', author: 'Riverside Academy' });
		const structure = await readStructure(bytes);
		expect(structure.marked).toBe(true);
		expect(structure.language).toBe('en-GB');
		expect(structure.displayDocTitle).toBe(true);
		const elements = structure.pages.flatMap((page) => elementsOf(page.elements));
		expect(elements.filter((node) => /^H\d$/.test(node.role)).map((node) => `${node.role} ${node.text}`)).toEqual([
			'H1 Review of Sarah Okafor’s support plan',
			'H2 Who took part',
			'H2 Progress on each outcome',
			'H2 Notes between reviews',
			'H3 Grace Okafor, 2 February 2027',
			'H3 Sarah, with Grace Okafor, 9 January 2027',
			'H2 Views',
			'H3 Sarah’s views',
			'H3 The family’s views',
			'H2 What changes next'
		]);
		for (const page of structure.pages) {
			expect(page.unmarked).toBe('');
			expect(page.artifacts).toContain('Confidential');
		}
	});

	it('names the file by the child and the review date', () => {
		expect(reviewPdfFileName(sarah, '2027-03-04')).toBe('Sarah-Okafor-review-2027-03-04.pdf');
	});
});
