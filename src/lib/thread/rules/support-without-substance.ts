import { defineWordingRule } from './wording-rule';

/** A provision that names a kind of help without what, who or how much. */
export const supportWithoutSubstance = defineWordingRule({
	id: 'support-without-substance',
	kind: 'support-without-substance',
	description:
		'A piece of provision says “support with…”, “strategies to…”, “help with…”, “work on…” or “input from…” without saying how much there is and who gives it. A provision whose sessions, minutes and deliverer are filled in says both.',
	examples: {
		unclear: 'Support with handwriting',
		clear:
			'Occupational therapy programme for handwriting, delivered by class teacher following OT guidance, 10 minutes daily'
	},
	explain: () =>
		'a reader cannot tell what the support is, who gives it or how much there is. Say what will be done, by whom, how often and for how long.'
});
