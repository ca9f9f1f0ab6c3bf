import type { Selectable } from 'kysely';
import * as v from 'valibot';
import type { Review, ReviewContent } from '../../review/review-record';
import { storedReviewSchema } from '../../review/stored-review';
import { versionDocument, type VersionDocument } from './plan-versions';
import type { ReviewTable } from './schema';
import type { Executor } from './executor';

/** A review's row read through the review's schema; a damaged row is an error, never read as empty. */
function readReview(row: Selectable<ReviewTable>): Review {
	const parsed = v.safeParse(storedReviewSchema, row);
	if (!parsed.success) throw new Error(`Review ${row.id} is damaged:\n${v.summarize(parsed.issues)}`);
	return parsed.output;
}

/** One review of a plan; undefined when it is not this plan's. */
export async function getReview(db: Executor, planId: string, reviewId: string): Promise<Review | undefined> {
	const row = await db
		.selectFrom('review')
		.selectAll()
		.where('id', '=', reviewId)
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	return row ? readReview(row) : undefined;
}

/** Every review of a plan, newest first. */
export async function listReviews(db: Executor, planId: string): Promise<Review[]> {
	const rows = await db
		.selectFrom('review')
		.selectAll()
		.where('plan_id', '=', planId)
		.orderBy('date', 'desc')
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map(readReview);
}

/** The open (draft) review of a version, if any. */
export async function openReviewOf(db: Executor, versionId: string): Promise<Review | undefined> {
	const row = await db
		.selectFrom('review')
		.selectAll()
		.where('version_id', '=', versionId)
		.where('status', '=', 'draft')
		.executeTakeFirst();
	return row ? readReview(row) : undefined;
}

/** A review with the version it reviews: an agreed version, read from its frozen snapshot. */
export interface ReviewOfVersion {
	review: Review;
	reviewed: VersionDocument;
}

/** One review of a plan with the version it reviews; undefined when the review is not this plan's. */
export async function getReviewOfVersion(
	db: Executor,
	planId: string,
	reviewId: string,
	today: string
): Promise<ReviewOfVersion | undefined> {
	const review = await getReview(db, planId, reviewId);
	const reviewed = review && (await versionDocument(db, planId, review.versionId, today));
	return review && reviewed ? { review, reviewed } : undefined;
}

/** Who makes a change to a review, and when. */
interface Change {
	accountId: string;
	at: string;
}

/** Adds a draft review of `versionId` with nothing recorded yet but its date. */
export async function insertReview(
	db: Executor,
	review: Pick<Review, 'id' | 'planId' | 'versionId' | 'date'>,
	{ accountId, at }: Change
): Promise<void> {
	await db
		.insertInto('review')
		.values({
			id: review.id,
			plan_id: review.planId,
			version_id: review.versionId,
			status: 'draft',
			date: review.date,
			took_part: '[]',
			child_took_part: 0,
			family_took_part: 0,
			child_views_how: '[]',
			progress: '{}',
			child_views: null,
			family_views: null,
			changes_next: null,
			revision: 1,
			next_version_id: null,
			completed_at: null,
			completed_by: null,
			created_at: at,
			created_by: accountId,
			updated_at: at,
			updated_by: accountId
		})
		.execute();
}

/** What an editor records besides the views. */
export type ReviewRecorded = Omit<ReviewContent, 'childViews' | 'familyViews'>;

/**
 * Writes a save of a review: the views, and (an editor's save) what else is recorded. The caller has
 * checked, in the same transaction, that it is still the draft at `target.revision`.
 */
export async function updateReview(
	db: Executor,
	target: Pick<Review, 'id' | 'revision'>,
	views: Pick<Review, 'childViews' | 'familyViews'>,
	recorded: ReviewRecorded | undefined,
	{ accountId, at }: Change
): Promise<void> {
	await db
		.updateTable('review')
		.set({
			child_views: views.childViews,
			family_views: views.familyViews,
			...(recorded
				? {
						date: recorded.date,
						took_part: JSON.stringify(recorded.tookPart),
						child_took_part: recorded.childTookPart ? 1 : 0,
						family_took_part: recorded.familyTookPart ? 1 : 0,
						child_views_how: JSON.stringify(recorded.childViewsHow),
						progress: JSON.stringify(recorded.progress),
						changes_next: recorded.changesNext
					}
				: {}),
			revision: target.revision + 1,
			updated_at: at,
			updated_by: accountId
		})
		.where('id', '=', target.id)
		.execute();
}

/** Marks a draft review completed, naming the version it started. */
export async function markReviewCompleted(
	db: Executor,
	target: Pick<Review, 'id' | 'revision'>,
	nextVersionId: string,
	{ accountId, at }: Change
): Promise<void> {
	await db
		.updateTable('review')
		.set({
			status: 'completed',
			next_version_id: nextVersionId,
			completed_at: at,
			completed_by: accountId,
			updated_at: at,
			updated_by: accountId,
			revision: target.revision + 1
		})
		.where('id', '=', target.id)
		.execute();
}
