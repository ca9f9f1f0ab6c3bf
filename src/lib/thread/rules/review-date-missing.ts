import { formatUkDate } from '../../dates/format';
import { isIsoDate } from '../../dates/iso-date';
import { defaultReviewDate, reviewIntervalMonths } from '../../plan/review-dates';
import { defineRule } from '../rule';

/** The plan has no review date. */
export const reviewDateMissing = defineRule<{ suggested?: string; months?: number }>({
	id: 'review-date-missing',
	severity: 'error',
	description:
		'The plan has no review date. Every plan is reviewed at least every 12 months (every 6 months for a child under 5).',
	message: ({ suggested, months }) =>
		suggested
			? `The plan has no review date. Add one: ${formatUkDate(suggested)} would be ${months} months after the plan starts, the longest allowed.`
			: 'The plan has no review date. Add one, no more than 12 months after the plan starts (6 months for a child under 5).',
	check({ plan }, report) {
		if (plan.plan.reviewDate !== undefined) return;
		const { startDate } = plan.plan;
		const { dateOfBirth } = plan.child;
		if (isIsoDate(startDate) && isIsoDate(dateOfBirth)) {
			report(
				{ kind: 'plan' },
				{
					suggested: defaultReviewDate(startDate, dateOfBirth),
					months: reviewIntervalMonths(startDate, dateOfBirth)
				}
			);
		} else {
			report({ kind: 'plan' }, {});
		}
	}
});
