import { quote } from '../quote';
import { defineRule } from '../rule';

/** The outcome has no success criteria (measures written in its text do not count). */
export const outcomeNotMeasurable = defineRule<{ text: string }>({
	id: 'outcome-not-measurable',
	severity: 'warning',
	description:
		'An outcome has no success criteria, so nobody can tell when it has been achieved. Measures written in the outcome’s words do not count: fill in the success criteria.',
	message: ({ text }) =>
		`The outcome ${quote(text)} has no success criteria. Say how everyone will know it has been achieved.`,
	check({ plan }, report) {
		for (const outcome of plan.outcomes) {
			if (outcome.successCriteria === undefined) {
				report({ kind: 'outcome', id: outcome.id }, { text: outcome.text });
			}
		}
	}
});
