import * as v from 'valibot';
import { textSchema } from '$lib/plan/schema';
import { communicationField, revisionField } from './child-details';
import { textMessage } from './fields';
import { saidByFields } from './said-by';

/** The three lists of the one-page profile, as item kinds, with their headings. */
export const profileLists = [
	{
		kind: 'like-and-admire',
		heading: 'What people like and admire about me',
		noun: 'thing people like and admire',
		example: 'Sarah is kind and notices when younger children are upset.'
	},
	{
		kind: 'important',
		heading: 'What is important to me',
		noun: 'thing that is important',
		example: 'Seeing her cousin Dami at weekends.'
	},
	{
		kind: 'support',
		heading: 'How best to support me',
		noun: 'way to support me',
		example: 'Give me time to answer and do not finish my sentences.'
	}
] as const;
export type ProfileKind = (typeof profileLists)[number]['kind'];
export const profileKinds = profileLists.map((list) => list.kind) as [ProfileKind, ...ProfileKind[]];

/** One item of a profile list: new (no id) or a change to one (id and the revision it was based on). */
export const profileItemSchema = v.object({
	list: v.picklist(profileKinds, 'Choose which list this goes in'),
	text: v.message(textSchema, textMessage('Enter what to add, in plain words', 'What you add')),
	...saidByFields,
	id: v.optional(v.string(), ''),
	revision: v.optional(v.string(), '')
});
export type ProfileItemInput = v.InferOutput<typeof profileItemSchema>;

/** How the child communicates, with the revision of the plan's version it was based on. */
export const communicationSchema = v.object({ communication: communicationField, revision: revisionField });
