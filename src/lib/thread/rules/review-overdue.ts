import { formatUkDate } from '../../dates/format';
import { defineRule } from '../rule';

/** The review date is before today and the plan is not archived. */
export const reviewOverdue = defineRule<{ reviewDate: string }>({
	id: 'review-overdue',
	severity: 'warning',
	description: 'The review date has passed and the plan has not been archived.',
	message: ({ reviewDate }) =>
		`The review date, ${formatUkDate(reviewDate)}, has passed. Hold the review and record it, or set a new date if the review has been moved. If the support has ended, archive the plan.`,
	check({ plan, today }, report) {
		const { reviewDate, status } = plan.plan;
		if (reviewDate !== undefined && reviewDate < today && status !== 'archived') {
			report({ kind: 'plan' }, { reviewDate });
		}
	}
});
