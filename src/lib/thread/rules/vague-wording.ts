import { quote } from '../quote';
import { defineRule } from '../rule';
import { findWoollyPhrases } from '../woolly';

interface VagueWording {
	holder: 'outcome' | 'provision';
	text: string;
	/** The step the phrase is in (1 for the first), when it is in one of an outcome's steps. */
	step?: number;
	phrase: string;
	hint: string;
}

/**
 * The text of an outcome, of its steps or of a provision uses a woolly phrase. One finding per
 * distinct phrase per item; a phrase in a step counts against its outcome.
 */
export const vagueWording = defineRule<VagueWording>({
	id: 'vague-wording',
	severity: 'warning',
	description:
		'An outcome, one of its steps or a piece of provision uses woolly words that hide who does what, how much or by when, such as “may”, “regularly”, “some”, “up to”, “as needed” or “access to”.',
	message: ({ holder, text, step, phrase, hint }) =>
		`${step === undefined ? `The ${holder}` : `Step ${step} of the ${holder}`} ${quote(text)} says “${phrase}”, which can hide who does what, how much or by when. ${hint}`,
	check({ plan }, report) {
		for (const outcome of plan.outcomes) {
			const subject = { kind: 'outcome', id: outcome.id } as const;
			const seen = new Set<string>();
			const scan = (text: string, step?: number) => {
				for (const { key, phrase, hint } of findWoollyPhrases(text)) {
					if (seen.has(key)) continue;
					seen.add(key);
					report(subject, { holder: 'outcome', text: outcome.text, step, phrase, hint });
				}
			};
			scan(outcome.text);
			outcome.steps.forEach((step, index) => scan(step.text, index + 1));
		}
		for (const provision of plan.provision) {
			const quantifiedProvision =
				provision.sessions !== undefined && provision.per !== undefined && provision.minutes !== undefined;
			for (const { phrase, hint } of findWoollyPhrases(provision.text, { quantifiedProvision })) {
				report({ kind: 'provision', id: provision.id }, { holder: 'provision', text: provision.text, phrase, hint });
			}
		}
	}
});
