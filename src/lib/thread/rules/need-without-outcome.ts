import { quote } from '../quote';
import { defineRule } from '../rule';

/** No outcome addresses this need. */
export const needWithoutOutcome = defineRule<{ text: string }>({
	id: 'need-without-outcome',
	severity: 'warning',
	description: 'No outcome addresses a need.',
	message: ({ text }) => `No outcome addresses the need ${quote(text)}. Link an outcome to it, or add one.`,
	check({ plan, needsWithOutcome }, report) {
		for (const need of plan.needs) {
			if (!needsWithOutcome.has(need.id)) report({ kind: 'need', id: need.id }, { text: need.text });
		}
	}
});
