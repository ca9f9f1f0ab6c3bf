import { quote } from '../quote';
import { defineRule } from '../rule';
import { goodWording } from '../wording/good-wording';
import { quotedList, wordsAt } from './wording-rule';

interface NotMeasurable {
	text: string;
	/** Words that promise change without a measure, and where they are, when the outcome has them. */
	promise?: { phrases: string[]; text: string; step?: number };
	hasSuccessCriteria: boolean;
}

/**
 * The outcome has no success criteria, or its words promise change (“will improve”, “will be more
 * confident”) that neither they nor the success criteria measure: one finding per outcome.
 */
export const outcomeNotMeasurable = defineRule<NotMeasurable>({
	id: 'outcome-not-measurable',
	severity: 'warning',
	description:
		'An outcome has no success criteria, so nobody can tell when it has been achieved; or it, or one of its steps, promises change — “will improve”, “will develop”, “will be more confident” — that nothing in it or in its success criteria measures.',
	examples: {
		unclear: 'X will improve his literacy.',
		clear:
			'By the end of Key Stage 2, John will be able to maintain a five-minute two-way conversation with a peer each day'
	},
	message: ({ text, promise, hasSuccessCriteria }) => {
		const example = ` Good wording reads like: “${goodWording['no-measure'].outcome}”`;
		if (!hasSuccessCriteria) {
			if (promise === undefined) {
				return `The outcome ${quote(text)} has no success criteria. Say how everyone will know it has been achieved.`;
			}
			const where = promise.step === undefined ? 'it' : `step ${promise.step}`;
			return `The outcome ${quote(text)} has no success criteria, and ${where} says ${quotedList(promise.phrases)} without saying by how much. Say how everyone will know it has been achieved.${example}`;
		}
		return `${wordsAt({ holder: 'outcome', itemText: text, ...promise! })} says ${quotedList(promise!.phrases)}: a reader cannot tell by how much, or how anyone will know. Say what will be different and how it will be measured.${example}`;
	},
	check({ plan, outcomeWording }, report) {
		plan.outcomes.forEach((outcome, index) => {
			const found = outcomeWording[index]?.find((finding) => finding.kind === 'no-measure');
			const hasSuccessCriteria = outcome.successCriteria !== undefined;
			if (hasSuccessCriteria && found === undefined) return;
			const promise = found && {
				phrases: found.phrases,
				text: found.text,
				...(found.step === undefined ? {} : { step: found.step })
			};
			report(
				{ kind: 'outcome', id: outcome.id },
				{ text: outcome.text, hasSuccessCriteria, ...(promise ? { promise } : {}) }
			);
		});
	}
});
