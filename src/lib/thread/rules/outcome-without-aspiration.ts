import { linksAny } from '../context';
import { quote } from '../quote';
import { defineRule } from '../rule';

/** An outcome links to no aspiration (links to missing ids do not count). */
export const outcomeWithoutAspiration = defineRule<{ text: string }>({
	id: 'outcome-without-aspiration',
	severity: 'error',
	description: 'An outcome is not linked to any aspiration, so nobody can see what it is for.',
	message: ({ text }) =>
		`The outcome ${quote(text)} is not linked to any aspiration. Tick the aspirations it works towards.`,
	check({ plan, aspirations }, report) {
		for (const outcome of plan.outcomes) {
			if (!linksAny(outcome.aspirationIds, aspirations)) {
				report({ kind: 'outcome', id: outcome.id }, { text: outcome.text });
			}
		}
	}
});
