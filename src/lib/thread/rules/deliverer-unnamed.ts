import { defineWordingRule } from './wording-rule';

/** A provision delivered by "the school", "staff" or "adults", with no role named. */
export const delivererUnnamed = defineWordingRule({
	id: 'deliverer-unnamed',
	kind: 'deliverer-unnamed',
	description:
		'A piece of provision is to be delivered by “the school”, “staff” or “adults” without naming who: which role, with what training or experience.',
	examples: {
		unclear: 'The setting will support the child in the playground at play and lunchtime.',
		clear: 'A Teaching Assistant will support the child in the playground at play and lunchtime.'
	},
	explain: () =>
		'a reader cannot tell who does it or what training they have. Name the role, such as “a teaching assistant trained in Lego therapy”, or choose a member of the team.'
});
