import { error } from '@sveltejs/kit';
import { today } from '$lib/server/clock/clock';
import { getReviewOfVersion } from '$lib/server/db/reviews';
import { openPlan } from '$lib/server/plans/plan-context';
import { exportReviewPdf } from '$lib/server/reviews/export-review-pdf';
import type { RequestHandler } from './$types';

/** The record of one review as a PDF. Needs 'export'. */
export const GET: RequestHandler = async (event) => {
	const ctx = await openPlan(event, 'export');
	const opened = await getReviewOfVersion(ctx.db, ctx.planRow.id, event.params.reviewId, today());
	if (!opened) error(404, 'Not found');
	return exportReviewPdf(ctx, opened);
};
