import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closePdfPool } from '$lib/server/pdf/pool';
import { exportReviewPdf } from '$lib/server/reviews/export-review-pdf';
import { saveReview } from '$lib/server/reviews/save-review';
import { startReview } from '$lib/server/reviews/start-review';
import { readPdf } from './pdf/read-pdf';
import { agreeCurrent, contextOf, editorInput, newPlan, reviewOf, seedCoordinator, written } from './support/reviews';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase;

beforeEach(async () => {
	temp = await createTempDatabase();
	await seedCoordinator(temp);
});
afterEach(() => temp.dispose());
afterAll(() => closePdfPool());

/** A draft review of Sarah's agreed plan, with both outcomes rated. */
async function draftReview() {
	const { planId } = await newPlan(temp);
	const v1 = await agreeCurrent(temp, planId);
	const started = await startReview(await contextOf(temp, planId), { date: '2027-03-01' });
	if (!started.ok) throw new Error(JSON.stringify(started));
	await saveReview(await contextOf(temp, planId), await reviewOf(temp, planId, started.id), {
		...editorInput(v1.document, 1, '2027-03-04', ['achieved', 'good-progress']),
		childViews: 'I like the park with Mia and Jo.'
	});
	return { planId, reviewId: started.id };
}

describe('exporting a review’s record as a PDF', () => {
	it('downloads the record, named by the child and the date, and audits the export', async () => {
		const { planId, reviewId } = await draftReview();
		const response = await exportReviewPdf(
			await contextOf(temp, planId, 'export'),
			await reviewOf(temp, planId, reviewId)
		);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="Sarah-Okafor-review-2027-03-04.pdf"'
		);
		const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
		const text = pdf.pages.map((page) => page.all).join(' ');
		for (const words of [
			'Draft: not yet completed.',
			'Sarah Okafor (Child or young person)',
			'Through a drawing or pictures',
			'Good progress',
			'“I like the park with Mia and Jo.”'
		])
			expect(text).toContain(words);
		expect((await written(temp)).audit.at(-1)).toEqual({ action: 'review.exported.pdf', item: `review:${reviewId}` });
	}, 60_000);

	it('refuses a plan too long to make into a PDF before any work starts, auditing nothing', async () => {
		const { planId, reviewId } = await draftReview();
		const opened = await reviewOf(temp, planId, reviewId);
		const long = { ...opened.reviewed.document, profile: { important: Array<string>(1001).fill('x'.repeat(2_000)) } };
		const before = await written(temp);
		await expect(
			exportReviewPdf(await contextOf(temp, planId, 'export'), {
				...opened,
				reviewed: { ...opened.reviewed, document: long }
			})
		).rejects.toMatchObject({ status: 422 });
		expect(await written(temp)).toEqual(before);
	});
});
