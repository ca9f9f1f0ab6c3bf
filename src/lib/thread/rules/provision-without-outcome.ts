import { linksAny } from '../context';
import { quote } from '../quote';
import { defineRule } from '../rule';

/** A provision links to no outcome (links to missing ids do not count). */
export const provisionWithoutOutcome = defineRule<{ text: string }>({
	id: 'provision-without-outcome',
	severity: 'error',
	description: 'A piece of provision is not linked to any outcome, so nobody can see what it is for.',
	message: ({ text }) =>
		`The provision ${quote(text)} is not linked to any outcome. Tick the outcomes it helps with, or remove it if it serves none.`,
	check({ plan, outcomes }, report) {
		for (const provision of plan.provision) {
			if (!linksAny(provision.outcomeIds, outcomes)) {
				report({ kind: 'provision', id: provision.id }, { text: provision.text });
			}
		}
	}
});
