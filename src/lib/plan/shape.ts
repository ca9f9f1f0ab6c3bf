import type * as v from 'valibot';
import {
	aspirationEntries,
	childEntries,
	documentEntries,
	needEntries,
	outcomeEntries,
	planEntries,
	profileEntries,
	profileEntryEntries,
	saidByEntries,
	provisionEntries,
	stepEntries,
	teamMemberEntries
} from './schema';

/**
 * The layout of one kind of object in a plan document: its fields in the format's order, which of
 * them are optional, and the shapes of the objects (or list items) below it. The serialiser writes
 * keys in this order, and the parser uses it to find every unknown field and to sort problems into
 * the order of the document.
 */
export interface ObjectShape {
	/** The fields, in the order of `plan-format.md`. */
	readonly keys: readonly string[];
	/** The fields that may be left out. */
	readonly optional: ReadonlySet<string>;
	/** For a field holding an object, or a list of objects, the shape of that object or of each item. */
	readonly children: Readonly<Record<string, ObjectShape>>;
	/** The fields holding lists. */
	readonly lists: ReadonlySet<string>;
}

function shapeOf(
	entries: v.ObjectEntries,
	children: Record<string, ObjectShape> = {},
	lists: string[] = []
): ObjectShape {
	const keys = Object.keys(entries);
	return {
		keys,
		optional: new Set(keys.filter((key) => entries[key]?.type === 'exact_optional')),
		children,
		lists: new Set(lists)
	};
}

const saidByShape = shapeOf(saidByEntries);
/** An About me entry written as an object (an entry written as text has no fields to check). */
const profileEntryShape = shapeOf(profileEntryEntries, { saidBy: saidByShape });

/** The shape of a whole plan document. */
export const documentShape: ObjectShape = shapeOf(
	documentEntries,
	{
		child: shapeOf(childEntries),
		profile: shapeOf(
			profileEntries,
			{ likeAndAdmire: profileEntryShape, important: profileEntryShape, support: profileEntryShape },
			['likeAndAdmire', 'important', 'support']
		),
		plan: shapeOf(planEntries),
		team: shapeOf(teamMemberEntries),
		aspirations: shapeOf(aspirationEntries, { saidBy: saidByShape }),
		needs: shapeOf(needEntries, {}, ['aspirationIds']),
		outcomes: shapeOf(outcomeEntries, { steps: shapeOf(stepEntries) }, ['aspirationIds', 'needIds', 'steps']),
		provision: shapeOf(provisionEntries, {}, ['outcomeIds'])
	},
	['team', 'aspirations', 'needs', 'outcomes', 'provision']
);
