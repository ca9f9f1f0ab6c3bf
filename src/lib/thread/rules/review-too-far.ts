import { addMonths } from '../../dates/add-months';
import { formatUkDate } from '../../dates/format';
import { isIsoDate } from '../../dates/iso-date';
import { isUnderFiveOn, reviewIntervalMonths } from '../../plan/review-dates';
import { defineRule } from '../rule';

interface ReviewTooFar {
	reviewDate: string;
	startDate: string;
	latest: string;
	months: number;
	underFive: boolean;
	childName: string;
}

/**
 * The review date is later than the same day 12 months after the start date (end-of-month
 * clamping), or 6 months for a child under 5 on the start date (whose fifth birthday falls after it).
 */
export const reviewTooFar = defineRule<ReviewTooFar>({
	id: 'review-too-far',
	severity: 'warning',
	description:
		'The review date is more than 12 months after the plan starts, or more than 6 months for a child under 5 on the start date.',
	message: ({ reviewDate, startDate, latest, months, underFive, childName }) =>
		`The review date, ${formatUkDate(reviewDate)}, is more than ${months} months after the plan starts on ${formatUkDate(startDate)}. ` +
		(underFive
			? `${childName} is under 5 on the start date, and the SEND Code of Practice (9.178) asks local authorities to consider reviewing plans for children under 5 every 3 to 6 months. `
			: 'Plans are reviewed at least every 12 months. ') +
		`Set a review date on or before ${formatUkDate(latest)}.`,
	check({ plan, childName }, report) {
		const { startDate, reviewDate } = plan.plan;
		const { dateOfBirth } = plan.child;
		if (reviewDate === undefined || !isIsoDate(reviewDate) || !isIsoDate(startDate) || !isIsoDate(dateOfBirth)) {
			return;
		}
		const months = reviewIntervalMonths(startDate, dateOfBirth);
		const latest = addMonths(startDate, months);
		if (reviewDate > latest) {
			const underFive = isUnderFiveOn(dateOfBirth, startDate);
			report({ kind: 'plan' }, { reviewDate, startDate, latest, months, underFive, childName });
		}
	}
});
