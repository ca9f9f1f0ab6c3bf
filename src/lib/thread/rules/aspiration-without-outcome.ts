import { quote } from '../quote';
import { defineRule } from '../rule';

/** No outcome works towards this aspiration. */
export const aspirationWithoutOutcome = defineRule<{ text: string }>({
	id: 'aspiration-without-outcome',
	severity: 'warning',
	description: 'No outcome works towards an aspiration yet.',
	message: ({ text }) =>
		`No outcome works towards the aspiration ${quote(text)} yet. Link an outcome to it, or add one.`,
	check({ plan, aspirationsWithOutcome }, report) {
		for (const aspiration of plan.aspirations) {
			if (!aspirationsWithOutcome.has(aspiration.id)) {
				report({ kind: 'aspiration', id: aspiration.id }, { text: aspiration.text });
			}
		}
	}
});
