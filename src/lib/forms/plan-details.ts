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

/** The two dates `planDetailsEntries` gives a form. */
type PlanDates = Pick<v.InferOutput<v.ObjectSchema<typeof planDetailsEntries, undefined>>, 'startDate' | 'reviewDate'>;

const reviewAfterStartCheck = v.forward(
	v.partialCheck<PlanDates, [['startDate'], ['reviewDate']], PlanDates, string>(
		[['startDate'], ['reviewDate']],
		(input) => input.reviewDate === undefined || input.reviewDate > input.startDate,
		'The review date must be after the start date'
	),
	['reviewDate']
);

/**
 * Checks, in a form holding `planDetailsEntries`, that the review date (when there is one) comes after
 * the start, even while other fields have problems. The check reads only the two dates, so it serves
 * any form that has them: the cast gives it that form's type.
 */
export function reviewAfterStart<TInput extends PlanDates>() {
	return reviewAfterStartCheck as unknown as v.BaseValidation<TInput, TInput, v.PartialCheckIssue<PlanDates>>;
}

/** The "Plan details" form on the plan's details page. */
export const planDetailsSchema = v.pipe(
	v.object({
		...planDetailsEntries,
		title: v.message(planEntries.title, 'Enter a title for the plan (2,000 characters at most)'),
		revision: revisionField
	}),
	reviewAfterStart()
);
export type PlanDetailsInput = v.InferOutput<typeof planDetailsSchema>;
