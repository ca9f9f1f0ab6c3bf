import { defineWordingRule } from './wording-rule';

/** A provision that says what the child will achieve, not what will be provided. */
export const provisionIsOutcome = defineWordingRule({
	id: 'provision-is-outcome',
	kind: 'provision-is-outcome',
	description:
		'A piece of provision describes what the child will achieve (“will be able to”, “to improve”) rather than the support that will be provided. What the child achieves is an outcome.',
	examples: {
		unclear: 'Sarah will be able to read 100 common words by July.',
		clear: '2 hours per week of 1:1 speech and language therapy, delivered by a qualified speech and language therapist'
	},
	explain: ({ childName }) =>
		`that is what ${childName} will achieve, so it is an outcome. Say what support will be provided, who gives it and how much.`
});
