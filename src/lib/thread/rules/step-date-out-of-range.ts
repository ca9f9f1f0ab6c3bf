import { formatUkDate } from '../../dates/format';
import { isIsoDate } from '../../dates/iso-date';
import { quote } from '../quote';
import { defineRule } from '../rule';

/**
 * A step's target date is before the plan starts: most often a step carried into the next version
 * from one before it, whose date the team has not yet moved on.
 */
export const stepDateOutOfRange = defineRule<{ outcome: string; step: number; targetDate: string; startDate: string }>({
	id: 'step-date-out-of-range',
	severity: 'warning',
	description: 'A step towards an outcome has a target date before the plan starts.',
	message: ({ outcome, step, targetDate, startDate }) =>
		`Step ${step} of the outcome ${quote(outcome)} has a target date of ${formatUkDate(targetDate)}, before the plan starts on ${formatUkDate(startDate)}. Check the date.`,
	check({ plan, hasValidStart }, report) {
		const { startDate } = plan.plan;
		if (!hasValidStart) return;
		for (const outcome of plan.outcomes) {
			outcome.steps.forEach(({ targetDate }, index) => {
				if (targetDate !== undefined && isIsoDate(targetDate) && targetDate < startDate)
					report(
						{ kind: 'outcome', id: outcome.id },
						{ outcome: outcome.text, step: index + 1, targetDate, startDate }
					);
			});
		}
	}
});
