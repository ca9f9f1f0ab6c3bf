import { hedgeHint } from '../wording/hedges';
import { defineWordingRule } from './wording-rule';

/**
 * The text of an outcome, of its steps or of a provision hedges: one finding per item, quoting every
 * hedge in the first text that has one. A hedge in a step counts against its outcome.
 */
export const vagueWording = defineWordingRule({
	id: 'vague-wording',
	kind: 'hedge',
	description:
		'An outcome, one of its steps or a piece of provision hedges: words such as “may”, “up to”, “as needed” or “some” always leave who does what, how much or by when open; “regularly”, “access to”, “opportunities to” and “should” do when nothing else in the item says how much and who.',
	examples: {
		unclear: 'Regular access to a quiet space when needed',
		clear:
			'Access to the sensory room for 15 minutes at the start of each lesson transition, supervised by a trained TA'
	},
	explain: ({ phrases }) =>
		`a reader cannot tell who does what, how much or by when. ${hedgeHint(phrases[0]!.toLowerCase().replace(/\s+/g, ' '))}`
});
