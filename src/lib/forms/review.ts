import * as v from 'valibot';
import { progressRatings, type ProgressRating } from '../plan/progress';
import { isoDateSchema, textSchema } from '../plan/schema';

/** How the child gave their views at a review, with plain-English labels. */
export const childViewsHows = ['meeting', 'beforehand', 'drawing', 'trusted-adult'] as const;
export type ChildViewsHow = (typeof childViewsHows)[number];
export const childViewsHowLabels: Record<ChildViewsHow, string> = {
	meeting: 'In the meeting',
	beforehand: 'Beforehand, talking or writing',
	drawing: 'Through a drawing or pictures',
	'trusted-adult': 'Through a trusted adult'
};

/** '' (an empty box) is absent; anything else must be text of the plan format's length. */
const optionalText = (message: string) => v.optional(v.union([v.literal(''), v.message(textSchema, message)]), '');

/** The views: the only part of a review the family ('contribute' access) may write. */
export const reviewViewsEntries = {
	childViews: optionalText('Enter the child’s views in their own words (2,000 characters at most)'),
	familyViews: optionalText('Enter the family’s views in their own words (2,000 characters at most)')
};
export const reviewViewsSchema = v.object({ revision: v.string(), ...reviewViewsEntries });

/** The name of an outcome's rating radios and evidence box. */
export const ratingField = (outcomeId: string) => `rating-${outcomeId}`;
export const evidenceField = (outcomeId: string) => `evidence-${outcomeId}`;

/**
 * A whole review as an editor records it, for the reviewed version's outcomes: a field per outcome for
 * its rating and its evidence, so each problem is shown by its own field. Ratings and evidence may be
 * left for later in a draft; completing the review needs them all (checked on the server).
 */
export function reviewSchema(outcomeIds: readonly string[]) {
	const progress: Record<string, v.GenericSchema<unknown, unknown>> = {};
	for (const id of outcomeIds) {
		progress[ratingField(id)] = v.optional(
			v.union([v.literal(''), v.picklist(progressRatings)], 'Choose how far this outcome got'),
			''
		);
		progress[evidenceField(id)] = optionalText('Enter the evidence in a sentence or two (2,000 characters at most)');
	}
	return v.object({
		revision: v.string(),
		date: v.message(isoDateSchema, 'Enter the date of the review, like 5 March 2027'),
		tookPart: v.array(v.message(textSchema, 'Select who took part from the team')),
		childTookPart: v.boolean(),
		familyTookPart: v.boolean(),
		childViewsHow: v.array(v.picklist(childViewsHows, 'Choose how the child gave their views from the list')),
		changesNext: optionalText('Enter what changes next (2,000 characters at most)'),
		...reviewViewsEntries,
		...progress
	});
}

/** The review form's fields as the schema reads them: checkbox lists as arrays, ticks as booleans. */
export function reviewInput(data: FormData, outcomeIds: readonly string[]): Record<string, unknown> {
	const text = (name: string) => {
		const value = data.get(name);
		return typeof value === 'string' ? value : '';
	};
	const list = (name: string) => data.getAll(name).filter((value): value is string => typeof value === 'string');
	const input: Record<string, unknown> = {
		revision: text('revision'),
		date: text('date'),
		tookPart: list('tookPart'),
		childTookPart: data.get('childTookPart') === 'yes',
		familyTookPart: data.get('familyTookPart') === 'yes',
		childViewsHow: list('childViewsHow'),
		changesNext: text('changesNext'),
		childViews: text('childViews'),
		familyViews: text('familyViews')
	};
	for (const id of outcomeIds) {
		input[ratingField(id)] = text(ratingField(id));
		input[evidenceField(id)] = text(evidenceField(id));
	}
	return input;
}

/** The progress of each outcome out of the parsed form. */
export function progressOf(
	output: Record<string, unknown>,
	outcomeIds: readonly string[]
): Record<string, { rating?: ProgressRating; evidence?: string }> {
	const progress: Record<string, { rating?: ProgressRating; evidence?: string }> = {};
	for (const id of outcomeIds) {
		const rating = output[ratingField(id)];
		const evidence = output[evidenceField(id)];
		progress[id] = {
			...(typeof rating === 'string' && rating !== '' ? { rating: rating as ProgressRating } : {}),
			...(typeof evidence === 'string' && evidence !== '' ? { evidence } : {})
		};
	}
	return progress;
}

/** Starting a review: its date. */
export const startReviewSchema = v.object({
	date: v.message(isoDateSchema, 'Enter the date of the review, like 5 March 2027')
});
