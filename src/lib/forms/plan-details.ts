import * as v from 'valibot';
import { planEntries, textSchema } from '$lib/plan/schema';
import { blankable, revisionField } from './child-details';
import { dateInput, firstBoxOf, optionalDateInput } from './date-input';
import { textMessage } from './fields';

/** The plan's kind, title and dates; an empty title or review date is filled in by the caller. */
export const planDetailsEntries = {
	kind: v.message(planEntries.kind, 'Select the kind of plan'),
	title: blankable(v.message(textSchema, 'The title must be 2,000 characters or fewer')),
	startDate: dateInput('Start date'),
	reviewDate: optionalDateInput('Review date')
};

/** The two dates `planDetailsEntries` gives a form. */
type PlanDates = Pick<v.InferOutput<v.ObjectSchema<typeof planDetailsEntries, undefined>>, 'startDate' | 'reviewDate'>;

const reviewAfterStartCheck = v.forward(
	v.partialCheck<PlanDates, [['startDate'], ['reviewDate']], PlanDates, string>(
		[['startDate'], ['reviewDate']],
		(input) => input.reviewDate === undefined || input.reviewDate > input.startDate,
		'Review date must be after the start date'
	),
	firstBoxOf('reviewDate')
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
		title: v.message(planEntries.title, textMessage('Enter a title for the plan', 'The title')),
		revision: revisionField
	}),
	reviewAfterStart()
);
export type PlanDetailsInput = v.InferOutput<typeof planDetailsSchema>;
