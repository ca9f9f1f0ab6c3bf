import type { ReviewInput } from '../../forms/review';
import { nextVersionDocument } from '../../plan/next-version';
import type { ProgressRating } from '../../plan/progress';
import { datesMovedOn } from '../../review/dates-moved-on';
import { missingProgress } from '../../review/missing-progress';
import { now, today } from '../clock/clock';
import { insertNextVersion } from '../db/next-version';
import { loadPlanHead } from '../db/plan-load';
import { gatherPlanNotes } from '../db/plan-notes';
import { markReviewCompleted, type ReviewOfVersion } from '../db/reviews';
import type { PlanContext } from '../plans/plan-context';
import { currentDraft, writeReview, type ReviewSaveRefusal } from './save-review';
import { auditReview } from './audit-review';
import { inTransaction } from '../db/in-transaction';

export type CompleteReviewResult =
	| { ok: true; nextVersionId: string; number: number }
	/**
	 * Some outcomes have no rating or no evidence yet (their ids): what was typed is saved as the draft,
	 * now at `revision`, but the review is not completed.
	 */
	| { ok: false; reason: 'incomplete'; rating: string[]; evidence: string[]; revision: number }
	/** The plan has moved on: archived, or its current version is no longer the agreed one reviewed. Nothing is written. */
	| { ok: false; reason: 'moved-on' }
	| ReviewSaveRefusal;

/**
 * Saves what an editor typed and completes the review, in one transaction: the next version starts as
 * a draft copy of the reviewed version's snapshot without the outcomes found achieved or no longer
 * relevant, its review date moved on (`nextVersionDocument`) and the provision's and steps' dates the
 * review overtook moved on with it (`datesMovedOn`); it becomes the plan's current version;
 * the review is marked completed, and gathers the notes no review had gathered yet; audited
 * 'review.changed' and 'review.completed'. Every outcome needs
 * a rating and evidence first; without them the save stands and the review stays a draft.
 */
export function completeReview(
	ctx: PlanContext,
	{ review, reviewed }: ReviewOfVersion,
	input: ReviewInput
): Promise<CompleteReviewResult> {
	return inTransaction(ctx.db, async (trx): Promise<CompleteReviewResult> => {
		const current = await currentDraft(trx, review, input.revision);
		if (!current.ok) return current;
		const head = await loadPlanHead(trx, ctx.planRow.id);
		if (
			!head ||
			head.planRow.archived_at ||
			head.version.id !== review.versionId ||
			head.version.status !== 'agreed' ||
			!reviewed.frozen
		)
			return { ok: false, reason: 'moved-on' };
		const saved = await writeReview(trx, ctx, current.review, reviewed.document, input);
		if (!saved.ok) return saved;
		const missing = missingProgress(
			saved.review,
			reviewed.document.outcomes.map((outcome) => outcome.id)
		);
		if (missing.rating.length > 0 || missing.evidence.length > 0)
			return { ok: false, reason: 'incomplete', ...missing, revision: saved.review.revision };

		const ratings = Object.fromEntries(
			Object.entries(saved.review.progress).flatMap(([id, progress]): Array<[string, ProgressRating]> =>
				progress.rating ? [[id, progress.rating]] : []
			)
		);
		const document = datesMovedOn(
			nextVersionDocument(reviewed.document, { date: saved.review.date, progress: ratings }),
			reviewed.document.plan
		);
		const change = { accountId: ctx.account.id, at: now().toISOString() };
		const number = head.version.number + 1;
		const nextVersionId = await insertNextVersion(trx, {
			planId: head.planRow.id,
			number,
			document,
			lineage: reviewed.lineage,
			today: today(),
			...change
		});
		await markReviewCompleted(trx, saved.review, nextVersionId, change);
		// The notes the family added since the last review are taken into this one: no longer new.
		await gatherPlanNotes(trx, head.planRow.id, review.id);
		await auditReview(trx, ctx, 'review.completed', review.id);
		return { ok: true, nextVersionId, number };
	});
}
