import * as v from 'valibot';
import { isoDateSchema, planEntries, textSchema } from '$lib/plan/schema';
import { blankable, optionalDate, revisionField } from './child-details';

/** The plan's kind, title and dates; an empty title or review date is filled in by the caller. */
export const planDetailsEntries = {
	kind: v.message(planEntries.kind, 'Select the kind of plan'),
	title: blankable(v.message(textSchema, 'The title must be 2,000 characters or fewer')),
	startDate: v.message(isoDateSchema, 'Enter the start date as a real date, like 7 September 2026'),
	reviewDate: optionalDate('Enter the review date as a real date, like 7 September 2027')
};

/** What to say when the review date does not come after the start. */
export const REVIEW_AFTER_START = 'The review date must be after the start date';

/** The "Plan details" form on the plan's details page. */
export const planDetailsSchema = v.pipe(
	v.object({
		...planDetailsEntries,
		title: v.message(planEntries.title, 'Enter a title for the plan (2,000 characters at most)'),
		revision: revisionField
	}),
	v.forward(
		v.partialCheck(
			[['startDate'], ['reviewDate']],
			(input) => input.reviewDate === undefined || input.reviewDate > input.startDate,
			REVIEW_AFTER_START
		),
		['reviewDate']
	)
);
export type PlanDetailsInput = v.InferOutput<typeof planDetailsSchema>;
