/**
 * A review of an agreed plan version (reviews.md), as one schema: every review type is inferred from
 * it, the review form is composed of its parts, and the stored row is read back through it.
 */
import * as v from 'valibot';
import { progressRatings } from '../plan/progress';
import { isPlainObject, isoDateSchema, teamMemberEntries, textSchema } from '../plan/schema';
import { childViewsHows } from './child-views-how';

/** A draft is still being written; completing it starts the plan's next version and closes it. */
const reviewStatuses = ['draft', 'completed'] as const;

/**
 * A team member who took part, as the reviewed version's team had them: later changes to the team
 * leave the record as it was.
 */
export const participantSchema = v.object({
	id: teamMemberEntries.id,
	name: teamMemberEntries.name,
	role: teamMemberEntries.role,
	roleDescription: teamMemberEntries.roleDescription
});

/** How far one outcome got, and the evidence; a draft may leave either for later. */
export const outcomeProgressSchema = v.object({
	rating: v.optional(v.picklist(progressRatings)),
	evidence: v.optional(textSchema)
});

/** A review's fields, each the part a form field or a stored column is checked with. */
export const reviewEntries = {
	id: v.string(),
	planId: v.string(),
	/** The version reviewed: an agreed one, whose snapshot holds the team and outcomes named below. */
	versionId: v.string(),
	status: v.picklist(reviewStatuses),
	date: isoDateSchema,
	tookPart: v.array(participantSchema),
	childTookPart: v.boolean(),
	familyTookPart: v.boolean(),
	childViewsHow: v.array(v.picklist(childViewsHows)),
	/** Outcome id (in the reviewed version) → how far it got and the evidence. A list is refused, not read as one. */
	progress: v.pipe(
		v.custom<Record<string, unknown>>(isPlainObject, 'Expected an object of outcome ids'),
		v.record(v.string(), outcomeProgressSchema)
	),
	/** The child's and the family's views, in their own words. */
	childViews: v.nullable(textSchema),
	familyViews: v.nullable(textSchema),
	changesNext: v.nullable(textSchema),
	/** Goes up with every save, so that a save based on an older revision is refused. */
	revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** The version that completing the review started. */
	nextVersionId: v.nullable(v.string()),
	completedAt: v.nullable(v.string()),
	completedBy: v.nullable(v.string())
};

export const reviewSchema = v.object(reviewEntries);

export type Review = v.InferOutput<typeof reviewSchema>;
export type Participant = Review['tookPart'][number];

/** What a draft review holds that its writers fill in: all but its identity, status and history. */
export type ReviewContent = Pick<
	Review,
	| 'date'
	| 'tookPart'
	| 'childTookPart'
	| 'familyTookPart'
	| 'childViewsHow'
	| 'progress'
	| 'childViews'
	| 'familyViews'
	| 'changesNext'
>;
