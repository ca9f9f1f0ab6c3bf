import { participantOf } from '../../plan/participant';
import type { Transaction } from 'kysely';
import type { ReviewInput, ReviewViewsInput } from '../../forms/review';
import type { PlanDocument } from '../../plan/document';
import { childViewsHows } from '../../review/child-views-how';
import type { Review } from '../../review/review-record';
import { now } from '../clock/clock';
import { getReview, updateReview, type ReviewOfVersion, type ReviewRecorded } from '../db/reviews';
import type { Database } from '../db/schema';
import type { PlanContext } from '../plans/plan-context';
import { auditReview } from './audit-review';
import { inTransaction } from '../db/in-transaction';

/** Why a save of a review is refused. Nothing is written. */
export type ReviewSaveRefusal =
	/** Someone saved it since the form was drawn: `current` is the review as they left it. */
	| { ok: false; reason: 'stale'; current: Review }
	/** It has been completed since. */
	| { ok: false; reason: 'not-draft' }
	| { ok: false; reason: 'not-found' }
	/** Ids in the form that are not the reviewed version's team members or outcomes. */
	| { ok: false; reason: 'bad-ids'; ids: string[] };

/** A save's answer: the review as saved, or why not. */
export type SaveReviewResult = { ok: true; review: Review } | ReviewSaveRefusal;

/**
 * What a save holds: everything an editor records, or only the views the family ('contribute') may
 * write. The route chooses the form by what the account may do.
 */
export type ReviewSave = ReviewInput | ReviewViewsInput;

/** The review as stored now, while it is still a draft at `revision`; else why a save based on it is refused. */
export async function currentDraft(
	trx: Transaction<Database>,
	review: Review,
	revision: number
): Promise<{ ok: true; review: Review } | ReviewSaveRefusal> {
	const current = await getReview(trx, review.planId, review.id);
	if (!current) return { ok: false, reason: 'not-found' };
	if (current.status !== 'draft') return { ok: false, reason: 'not-draft' };
	if (current.revision !== revision) return { ok: false, reason: 'stale', current };
	return { ok: true, review: current };
}

/**
 * Writes a save onto `current` (the draft as `currentDraft` read it) with its 'review.changed' audit row,
 * in the caller's transaction. Who took part is stored with their names and roles from `reviewed`, the
 * reviewed version's document; an id that is not one of its team members or outcomes refuses the save.
 */
export async function writeReview(
	trx: Transaction<Database>,
	ctx: PlanContext,
	current: Review,
	reviewed: PlanDocument,
	input: ReviewSave
): Promise<SaveReviewResult> {
	const views = { childViews: input.childViews, familyViews: input.familyViews };
	let recorded: ReviewRecorded | undefined;
	if ('progress' in input) {
		const members = new Map(reviewed.team.map((member) => [member.id, participantOf(member)]));
		const outcomeIds = new Set(reviewed.outcomes.map((outcome) => outcome.id));
		const unknown = [
			...input.tookPart.filter((id) => !members.has(id)),
			...Object.keys(input.progress).filter((id) => !outcomeIds.has(id))
		];
		if (unknown.length > 0) return { ok: false, reason: 'bad-ids', ids: unknown };
		recorded = {
			date: input.date,
			tookPart: [...new Set(input.tookPart)].flatMap((id) => members.get(id) ?? []),
			childTookPart: input.childTookPart,
			familyTookPart: input.familyTookPart,
			// In the form's order, each once.
			childViewsHow: childViewsHows.filter((how) => input.childViewsHow.includes(how)),
			// An outcome with nothing recorded yet is left out.
			progress: Object.fromEntries(
				Object.entries(input.progress).filter(([, progress]) => progress.rating || progress.evidence)
			),
			changesNext: input.changesNext
		};
	}
	await updateReview(trx, current, views, recorded, { accountId: ctx.account.id, at: now().toISOString() });
	await auditReview(trx, ctx, 'review.changed', current.id);
	return { ok: true, review: { ...current, ...views, ...recorded, revision: current.revision + 1 } };
}

/**
 * Saves a draft review, in one transaction with its audit row: refused, writing nothing, when someone
 * saved or completed it since the form was drawn (its revision), or when the form names a team member or
 * outcome the reviewed version does not have.
 */
export function saveReview(
	ctx: PlanContext,
	{ review, reviewed }: ReviewOfVersion,
	input: ReviewSave
): Promise<SaveReviewResult> {
	return inTransaction(ctx.db, async (trx) => {
		const current = await currentDraft(trx, review, input.revision);
		if (!current.ok) return current;
		return writeReview(trx, ctx, current.review, reviewed.document, input);
	});
}
