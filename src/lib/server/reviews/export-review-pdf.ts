import { shownNote } from '../notes/shown-note';
import { calledName } from '../../plan/child-name';
import { reviewPdfFileName } from '../../pdf/review/review-pdf';
import { today } from '../clock/clock';
import { readOrganisation } from '../db/organisations';
import { listReviewNotes } from '../db/plan-notes';
import type { ReviewOfVersion } from '../db/reviews';
import { busyAs503, pdfAttachment, refuseIfTooLong } from '../pdf/plan-pdf-download';
import { renderReviewPdfOffThread } from '../pdf/pool';
import type { PlanContext } from '../plans/plan-context';
import { auditReview } from './audit-review';

/**
 * The record of a review as a PDF download, with the reviewed version's outcomes (from its snapshot),
 * made in the worker pool like the plan's and dated the day the review was completed (today for a
 * draft), with the notes between reviews it takes in. Refused like the plan's PDF when the plan is too
 * long for one (422) or the pool is full (503); the export is audited 'review.exported.pdf'.
 */
export async function exportReviewPdf(ctx: PlanContext, { review, reviewed }: ReviewOfVersion): Promise<Response> {
	refuseIfTooLong(reviewed.document);
	const organisation = await readOrganisation(ctx.db, ctx.planRow.organisation_id);
	const childName = calledName(reviewed.document.child);
	const notes = (await listReviewNotes(ctx.db, ctx.planRow.id, review)).map((note) => {
		const { speaker, date, working, notWorking } = shownNote(note, childName, ctx.account.id);
		return { speaker, date, working, notWorking };
	});
	const bytes = await renderReviewPdfOffThread(
		reviewed.document,
		{ ...review, versionNumber: reviewed.version.number, notes },
		{ today: review.completedAt?.slice(0, 10) || today(), author: organisation?.name ?? 'Golden Thread' }
	).catch(busyAs503);
	await auditReview(ctx.db, ctx, 'review.exported.pdf', review.id);
	return pdfAttachment(bytes, reviewPdfFileName(reviewed.document, review.date));
}
