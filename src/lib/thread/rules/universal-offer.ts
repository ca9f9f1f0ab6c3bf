import { defineWordingRule } from './wording-rule';

/** A provision that describes what every pupil gets (SEND Code of Practice 6.37, 9.69). */
export const universalOffer = defineWordingRule({
	id: 'universal-offer',
	kind: 'universal-offer',
	description:
		'A piece of provision describes what every pupil gets anyway — differentiation, quality-first teaching, access to the curriculum, a supportive environment — rather than provision additional to or different from it (SEND Code of Practice 6.37 and 9.69).',
	examples: {
		unclear: 'A differentiated curriculum',
		clear:
			'Individual phonics sessions for 10 minutes a day, outside of the main classroom to avoid distraction. Always led by a key, consistent TA.'
	},
	explain: ({ childName }) =>
		`every pupil gets that, so a reader cannot tell what is done for ${childName} in addition. Say what is different for ${childName}, who does it and how often.`
});
