import * as v from 'valibot';
import { reviewEntries, type Review } from './review-record';

/** JSON text holding what `schema` describes, as a JSON column stores it. */
function json<const TSchema extends v.GenericSchema>(schema: TSchema) {
	return v.pipe(v.string(), v.parseJson(undefined, 'Expected JSON text'), schema);
}

/** A tick as SQLite stores it: 0 or 1. */
const tick = v.pipe(
	v.picklist([0, 1]),
	v.transform((value) => value === 1)
);

/**
 * A review's row as the database holds it (the `review` table: JSON columns as text, ticks as 0 or 1),
 * read back into the review through the record's own parts. A damaged column is refused with an issue
 * at its name rather than read as something else.
 */
export const storedReviewSchema = v.pipe(
	v.object({
		id: reviewEntries.id,
		plan_id: reviewEntries.planId,
		version_id: reviewEntries.versionId,
		status: reviewEntries.status,
		date: reviewEntries.date,
		took_part: json(reviewEntries.tookPart),
		child_took_part: tick,
		family_took_part: tick,
		child_views_how: json(reviewEntries.childViewsHow),
		progress: json(reviewEntries.progress),
		child_views: reviewEntries.childViews,
		family_views: reviewEntries.familyViews,
		changes_next: reviewEntries.changesNext,
		revision: reviewEntries.revision,
		next_version_id: reviewEntries.nextVersionId,
		completed_at: reviewEntries.completedAt,
		completed_by: reviewEntries.completedBy
	}),
	v.transform((row): Review => ({
		id: row.id,
		planId: row.plan_id,
		versionId: row.version_id,
		status: row.status,
		date: row.date,
		tookPart: row.took_part,
		childTookPart: row.child_took_part,
		familyTookPart: row.family_took_part,
		childViewsHow: row.child_views_how,
		progress: row.progress,
		childViews: row.child_views,
		familyViews: row.family_views,
		changesNext: row.changes_next,
		revision: row.revision,
		nextVersionId: row.next_version_id,
		completedAt: row.completed_at,
		completedBy: row.completed_by
	}))
);
