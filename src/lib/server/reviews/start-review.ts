import type * as v from 'valibot';
import type { startReviewSchema } from '../../forms/review';
import { newId } from '../tokens/token';
import { now } from '../clock/clock';
import { loadPlanHead } from '../db/plan-load';
import { insertReview, openReviewOf } from '../db/reviews';
import type { PlanContext } from '../plans/plan-context';
import { auditReview } from './audit-review';
import { inTransaction } from '../db/in-transaction';

export type StartReviewResult =
	| { ok: true; id: string }
	/** A draft review of this version is already open: carry on with it. */
	| { ok: false; reason: 'open'; id: string }
	/** The current version is not agreed (or the plan is archived): there is nothing to review yet. */
	| { ok: false; reason: 'not-agreed' }
	/** The plan was deleted since it was opened. */
	| { ok: false; reason: 'not-found' };

/**
 * Starts a draft review of the plan's current, agreed version, dated as the form says, in one
 * transaction with its 'review.started' audit row. The version's status and open review are read again
 * inside it: a review started, or a version agreed or archived, since the page was drawn counts.
 */
export function startReview(
	ctx: PlanContext,
	input: v.InferOutput<typeof startReviewSchema>
): Promise<StartReviewResult> {
	return inTransaction(ctx.db, async (trx): Promise<StartReviewResult> => {
		const head = await loadPlanHead(trx, ctx.planRow.id);
		if (!head) return { ok: false, reason: 'not-found' };
		if (head.version.status !== 'agreed' || head.planRow.archived_at) return { ok: false, reason: 'not-agreed' };
		const open = await openReviewOf(trx, head.version.id);
		if (open) return { ok: false, reason: 'open', id: open.id };
		const id = newId();
		await insertReview(
			trx,
			{ id, planId: head.planRow.id, versionId: head.version.id, date: input.date },
			{ accountId: ctx.account.id, at: now().toISOString() }
		);
		await auditReview(trx, ctx, 'review.started', id);
		return { ok: true, id };
	});
}
