import { error } from '@sveltejs/kit';
import { childViewsHowLabels } from '$lib/forms/review';
import { roleLabels } from '$lib/plan/labels';
import { reviewPdfFileName } from '$lib/pdf/review/review-pdf';
import { recordAudit } from '$lib/server/db/record-audit';
import { today } from '$lib/server/clock/clock';
import { database } from '$lib/server/db/app-database';
import { versionDocument } from '$lib/server/db/plan-versions';
import { readOrganisation } from '$lib/server/db/organisations';
import { getReview } from '$lib/server/db/reviews';
import { busyAs503, pdfAttachment, refuseIfTooLong } from '$lib/server/pdf/plan-pdf-download';
import { renderReviewPdfOffThread } from '$lib/server/pdf/pool';
import { openPlan } from '$lib/server/plans/plan-context';
import type { RequestHandler } from './$types';

/**
 * The record of one review as a PDF, with the reviewed version's outcomes (from its snapshot), made in
 * the worker pool like the plan's. Needs 'export'; audited.
 */
export const GET: RequestHandler = async (event) => {
	const ctx = await openPlan(event, 'export');
	const { planRow: plan, account } = ctx;
	const db = database();
	const review = await getReview(db, plan.id, event.params.reviewId);
	if (!review) error(404, 'Not found');
	const reviewed = await versionDocument(db, plan.id, review.versionId, today());
	if (!reviewed) error(404, 'Not found');
	refuseIfTooLong(reviewed.document);
	const organisation = await readOrganisation(db, plan.organisation_id);
	const bytes = await renderReviewPdfOffThread(
		reviewed.document,
		{
			date: review.date,
			status: review.status,
			versionNumber: reviewed.version.number,
			tookPart: review.tookPart.map(
				(who) => `${who.name} (${roleLabels[who.role as keyof typeof roleLabels] ?? who.role})`
			),
			childTookPart: review.childTookPart,
			familyTookPart: review.familyTookPart,
			childViewsHow: review.childViewsHow.map((how) => childViewsHowLabels[how]),
			progress: review.progress,
			childViews: review.childViews,
			familyViews: review.familyViews,
			changesNext: review.changesNext
		},
		{ today: (review.completedAt ?? '').slice(0, 10) || today(), author: organisation?.name ?? 'Golden Thread' }
	).catch(busyAs503);
	await recordAudit(db, {
		organisation_id: plan.organisation_id,
		account_id: account.id,
		plan_id: plan.id,
		action: 'review.exported.pdf',
		item: `review:${review.id}`,
		ip: event.getClientAddress()
	});
	return pdfAttachment(bytes, reviewPdfFileName(reviewed.document, review.date));
};
