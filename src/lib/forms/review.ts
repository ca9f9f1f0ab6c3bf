/**
 * The review forms, composed of the review record's own parts (src/lib/review/review-record.ts) with
 * the form's messages: what an editor records, the views the family may add, and the date a review
 * starts with. Each outcome has a rating and an evidence field, named by its path in the parsed form
 * (`progress.<outcome id>.rating`) so that each problem is shown by its own field.
 */
import * as v from 'valibot';
import { typedDateIn } from '../dates/typed-date';
import { dateInput } from './date-input';
import { formValues } from './form-errors';
import { outcomeProgressSchema, participantSchema, reviewEntries, type Review } from '../review/review-record';

/**
 * A box the form always sends: left empty (or only spaces) it records `nothing`, else it must pass
 * `schema`. `message` is shown for anything else (on the union too, for a value that is neither empty
 * nor one allowed): for a text box, that it is too long.
 */
function box<const TSchema extends v.GenericSchema<string>, const TNothing>(
	schema: TSchema,
	nothing: TNothing,
	message: string
) {
	return v.pipe(
		v.string(),
		v.trim(),
		v.union(
			[
				v.pipe(
					v.literal(''),
					v.transform((): TNothing => nothing)
				),
				v.message(schema, message)
			],
			message
		)
	);
}

/** The revision the form was drawn from; anything else counts as none, so that its save is refused as stale. */
const revision = v.pipe(
	v.string(),
	v.transform((text) => (/^\d{1,9}$/.test(text) ? Number(text) : -1))
);

/** The review's date, as the form asks for it. */
const date = dateInput('Date of the review');

/** The views: the only part of a review the family ('contribute' access) may write. */
const viewsEntries = {
	childViews: box(v.unwrap(reviewEntries.childViews), null, 'The child’s views must be 2,000 characters or fewer'),
	familyViews: box(v.unwrap(reviewEntries.familyViews), null, 'The family’s views must be 2,000 characters or fewer')
};

/** What the family may save: their views, on the revision they saw. */
export const reviewViewsSchema = v.object({ revision, ...viewsEntries });

/** One outcome's pair of fields: both may be left for later in a draft. */
const outcomeProgressFields = v.object({
	rating: box(v.unwrap(outcomeProgressSchema.entries.rating), undefined, 'Choose how far this outcome got'),
	evidence: box(
		v.unwrap(outcomeProgressSchema.entries.evidence),
		undefined,
		'The evidence must be 2,000 characters or fewer'
	)
});

/**
 * A whole review as an editor records it, for the reviewed version's outcomes. Ratings and evidence
 * may be left for later in a draft; completing the review needs them all (checked by the use case).
 */
export function reviewFormSchema(outcomeIds: readonly string[]) {
	return v.object({
		revision,
		date,
		tookPart: v.array(v.message(participantSchema.entries.id, 'Select who took part from the team')),
		childTookPart: reviewEntries.childTookPart,
		familyTookPart: reviewEntries.familyTookPart,
		childViewsHow: v.array(
			v.pipe(
				v.string(),
				v.message(reviewEntries.childViewsHow.item, 'Choose how the child gave their views from the list')
			)
		),
		changesNext: box(v.unwrap(reviewEntries.changesNext), null, 'What changes next must be 2,000 characters or fewer'),
		...viewsEntries,
		progress: v.object(Object.fromEntries(outcomeIds.map((id) => [id, outcomeProgressFields])))
	});
}

/** What an editor's save holds, checked. */
export type ReviewInput = v.InferOutput<ReturnType<typeof reviewFormSchema>>;
/** What the family's save holds, checked. */
export type ReviewViewsInput = v.InferOutput<typeof reviewViewsSchema>;

/** The name of an outcome's rating radios and evidence box: its path in the parsed form. */
export const ratingField = (outcomeId: string) => `progress.${outcomeId}.rating`;
export const evidenceField = (outcomeId: string) => `progress.${outcomeId}.evidence`;

/** The review form's checkbox lists. */
const listFields = ['tookPart', 'childViewsHow'] as const;

/**
 * The review form as typed, to check and to show again: each field's text by name (ticks as 'yes'),
 * and the boxes ticked in each list.
 */
export interface ReviewFormState {
	values: Record<string, string>;
	lists: Record<(typeof listFields)[number], string[]>;
}

/** The review form as the browser sent it. */
export function reviewFormState(data: FormData): ReviewFormState {
	const list = (name: string) => data.getAll(name).filter((value): value is string => typeof value === 'string');
	return {
		values: formValues(data, listFields),
		lists: { tookPart: list('tookPart'), childViewsHow: list('childViewsHow') }
	};
}

/** A saved review as its form shows it. */
export function reviewFormStateOf(review: Review): ReviewFormState {
	const values: Record<string, string> = {
		revision: String(review.revision),
		date: review.date,
		childTookPart: review.childTookPart ? 'yes' : '',
		familyTookPart: review.familyTookPart ? 'yes' : '',
		changesNext: review.changesNext ?? '',
		childViews: review.childViews ?? '',
		familyViews: review.familyViews ?? ''
	};
	for (const [id, progress] of Object.entries(review.progress)) {
		values[ratingField(id)] = progress.rating ?? '';
		values[evidenceField(id)] = progress.evidence ?? '';
	}
	return {
		values,
		lists: { tookPart: review.tookPart.map((who) => who.id), childViewsHow: [...review.childViewsHow] }
	};
}

/** The form as the schemas read it, for the reviewed version's outcomes: a box not sent is empty. */
export function reviewFormInput(
	{ values, lists }: ReviewFormState,
	outcomeIds: readonly string[]
): v.InferInput<ReturnType<typeof reviewFormSchema>> {
	const text = (name: string) => values[name] ?? '';
	return {
		revision: text('revision'),
		date: typedDateIn(values, 'date'),
		tookPart: lists.tookPart,
		childTookPart: text('childTookPart') === 'yes',
		familyTookPart: text('familyTookPart') === 'yes',
		childViewsHow: lists.childViewsHow,
		changesNext: text('changesNext'),
		childViews: text('childViews'),
		familyViews: text('familyViews'),
		progress: Object.fromEntries(
			outcomeIds.map((id) => [id, { rating: text(ratingField(id)), evidence: text(evidenceField(id)) }])
		)
	};
}

/** Starting a review: its date. */
export const startReviewSchema = v.object({ date });
