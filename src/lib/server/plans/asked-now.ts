import { openReviewOf } from '../db/reviews';
import type { PlanContext } from './plan-context';

/** What the plan asks now of someone who cannot edit it (the family, viewers), for the plan's home. */
export type AskedNow =
	/** A review of the plan is open: its date, and whether this person may add their views to it. */
	| { kind: 'review'; reviewId: string; date: string; canGiveViews: boolean }
	/** The plan is still a draft: there is a plan to read before the meeting that agrees it. */
	| { kind: 'read-draft' }
	/** Nothing: the plan is agreed (or archived) and no review is open. */
	| { kind: 'nothing'; reviewDate: string | null; archived: boolean };

/** What the plan asks now: an open review first, then a draft to read, else nothing until its review. */
export async function askedNow(ctx: PlanContext): Promise<AskedNow> {
	const archived = ctx.planRow.archived_at !== null;
	if (!archived) {
		const review = await openReviewOf(ctx.db, ctx.version.id);
		if (review)
			return { kind: 'review', reviewId: review.id, date: review.date, canGiveViews: ctx.actions.has('contribute') };
		if (ctx.version.status === 'draft') return { kind: 'read-draft' };
	}
	return { kind: 'nothing', reviewDate: ctx.document.plan.reviewDate ?? null, archived };
}
