import { quote } from '../quote';
import { defineRule } from '../rule';

/** The outcome has no target date (a date written in its text does not count). */
export const outcomeNotTimeBound = defineRule<{ text: string }>({
	id: 'outcome-not-time-bound',
	severity: 'warning',
	description:
		'An outcome has no target date. A date written in the outcome’s words does not count: fill in the target date.',
	message: ({ text }) => `The outcome ${quote(text)} has no target date. Add the date by which it should be achieved.`,
	check({ plan }, report) {
		for (const outcome of plan.outcomes) {
			if (outcome.targetDate === undefined) {
				report({ kind: 'outcome', id: outcome.id }, { text: outcome.text });
			}
		}
	}
});
