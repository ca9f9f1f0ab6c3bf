import { linksAny } from '../context';
import { quote } from '../quote';
import { defineRule } from '../rule';

/** The outcome addresses no need (links to missing ids do not count). */
export const outcomeWithoutNeed = defineRule<{ text: string }>({
	id: 'outcome-without-need',
	severity: 'warning',
	description: 'An outcome does not address any need.',
	message: ({ text }) => `The outcome ${quote(text)} does not address any need. Tick the needs it addresses.`,
	check({ plan, needs }, report) {
		for (const outcome of plan.outcomes) {
			if (!linksAny(outcome.needIds, needs)) {
				report({ kind: 'outcome', id: outcome.id }, { text: outcome.text });
			}
		}
	}
});
