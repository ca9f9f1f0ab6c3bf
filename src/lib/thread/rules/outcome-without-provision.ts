import { quote } from '../quote';
import { defineRule } from '../rule';

/** No provision supports the outcome. */
export const outcomeWithoutProvision = defineRule<{ text: string }>({
	id: 'outcome-without-provision',
	severity: 'warning',
	description: 'No provision supports an outcome.',
	message: ({ text }) =>
		`No provision supports the outcome ${quote(text)}. Link the support that will help the child get there, or add it.`,
	check({ plan, outcomesWithProvision }, report) {
		for (const outcome of plan.outcomes) {
			if (!outcomesWithProvision.has(outcome.id)) {
				report({ kind: 'outcome', id: outcome.id }, { text: outcome.text });
			}
		}
	}
});
