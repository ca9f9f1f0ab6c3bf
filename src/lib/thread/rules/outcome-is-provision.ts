import { defineWordingRule } from './wording-rule';

/** An outcome or step that says what support the child gets, not what they will be able to do. */
export const outcomeIsProvision = defineWordingRule({
	id: 'outcome-is-provision',
	kind: 'outcome-is-provision',
	description:
		'An outcome, or one of its steps, describes support the child will get (“will receive”, “will be given”, “will have access to”) rather than what the child will be able to do. The support belongs in provision.',
	examples: {
		unclear: '5 hours of TA support',
		clear: 'By the end of Key Stage 1, Parveen will be able to use spoken language to communicate her basic needs.'
	},
	explain: ({ childName }) =>
		`that is support ${childName} gets, not what ${childName} will be able to do. Say what ${childName} will do and how everyone will know, and put the support in provision.`
});
