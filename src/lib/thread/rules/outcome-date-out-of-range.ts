import { formatUkDate } from '../../dates/format';
import { isIsoDate } from '../../dates/iso-date';
import { quote } from '../quote';
import { defineRule } from '../rule';

/** The outcome's target date is before the plan starts. */
export const outcomeDateOutOfRange = defineRule<{ text: string; targetDate: string; startDate: string }>({
	id: 'outcome-date-out-of-range',
	severity: 'warning',
	description: 'An outcome’s target date is before the plan starts.',
	message: ({ text, targetDate, startDate }) =>
		`The outcome ${quote(text)} has a target date of ${formatUkDate(targetDate)}, before the plan starts on ${formatUkDate(startDate)}. Check the date.`,
	check({ plan, hasValidStart }, report) {
		const { startDate } = plan.plan;
		if (!hasValidStart) return;
		for (const outcome of plan.outcomes) {
			const { targetDate } = outcome;
			if (targetDate !== undefined && isIsoDate(targetDate) && targetDate < startDate) {
				report({ kind: 'outcome', id: outcome.id }, { text: outcome.text, targetDate, startDate });
			}
		}
	}
});
