import { formatUkDate } from '../../dates/format';
import type { PlanDocument } from '../../plan/schema';
import { defineRule } from '../rule';

/** Whether a plan's review date has passed on `today` (an archived plan has no review to hold). */
export function isReviewOverdue(
	plan: Pick<PlanDocument['plan'], 'reviewDate' | 'status'>,
	today: string
): plan is { reviewDate: string; status: PlanDocument['plan']['status'] } {
	return plan.reviewDate !== undefined && plan.reviewDate < today && plan.status !== 'archived';
}

/** The review date is before today and the plan is not archived. */
export const reviewOverdue = defineRule<{ reviewDate: string }>({
	id: 'review-overdue',
	severity: 'warning',
	description: 'The review date has passed and the plan has not been archived.',
	message: ({ reviewDate }) =>
		`The review date, ${formatUkDate(reviewDate)}, has passed. Hold the review and record it, or set a new date if the review has been moved. If the support has ended, archive the plan.`,
	check({ plan, today }, report) {
		if (isReviewOverdue(plan.plan, today)) report({ kind: 'plan' }, { reviewDate: plan.plan.reviewDate });
	}
});
