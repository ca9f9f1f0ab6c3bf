import { auditActionLabel } from '../audit-action-labels';
import { quote } from '../thread/quote';

/**
 * What an audit row's `item` names, in words. The log keeps ids only (never plan content), so the words
 * come from the plan as it is now: "outcome 2: “By the age of 16, Sarah will…”", or "an outcome since
 * removed" when the item is no longer in the plan's current version.
 */

/** An item of a plan's current version, as the log's reader finds it. */
export interface CurrentItem {
	id: string;
	/** The id the item had in the version it was first written in; null there. */
	lineageId: string | null;
	kind: string;
	parentId: string | null;
	position: number;
	/** Its words (a team member's name). */
	text: string;
}

/** An item as the log names it: its kind, its number in its list (a step's in its outcome), its words. */
export interface NumberedItem {
	kind: string;
	number: number;
	/** A step's outcome's number. */
	outcomeNumber?: number;
	text: string;
}

/** What each kind of item is called in the log, with "a"/"an" for one since removed. */
const kindNames: Readonly<Record<string, { name: string; article: string }>> = {
	'like-and-admire': { name: 'entry of what people like and admire', article: 'an' },
	important: { name: 'entry of what matters to the child', article: 'an' },
	support: { name: 'entry of how best to support the child', article: 'an' },
	team: { name: 'team member', article: 'a' },
	aspiration: { name: 'aspiration', article: 'an' },
	need: { name: 'need', article: 'a' },
	outcome: { name: 'outcome', article: 'an' },
	step: { name: 'step', article: 'a' },
	provision: { name: 'provision', article: 'a' }
};

/** Items named without an id, and what they are. */
const wholeParts: Readonly<Record<string, string>> = {
	child: 'the child’s details',
	'child:communication': 'how the child communicates',
	plan: 'the plan’s details'
};

/**
 * Numbers a version's items as its pages do (by position, a step within its outcome) and files each under
 * every id it has had: its own, and the one it was first written with, which older log rows name.
 */
export function numberItems(items: readonly CurrentItem[]): Map<string, NumberedItem> {
	const sorted = [...items].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
	const counts = new Map<string, number>();
	const numbers = new Map<string, number>();
	for (const item of sorted) {
		const list = `${item.kind}:${item.kind === 'step' ? item.parentId : ''}`;
		const number = (counts.get(list) ?? 0) + 1;
		counts.set(list, number);
		numbers.set(item.id, number);
	}
	const byId = new Map<string, NumberedItem>();
	for (const item of sorted) {
		const outcomeNumber = item.kind === 'step' && item.parentId ? numbers.get(item.parentId) : undefined;
		const numbered: NumberedItem = {
			kind: item.kind,
			number: numbers.get(item.id)!,
			...(outcomeNumber !== undefined ? { outcomeNumber } : {}),
			text: item.text
		};
		byId.set(item.id, numbered);
		if (item.lineageId) byId.set(item.lineageId, numbered);
	}
	return byId;
}

/** The plan item (`kind:id`) a log row names: its kind and id, or null when it names something else. */
export function parseItemRef(item: string | null): { kind: string; id: string } | null {
	const match = item ? /^([a-z-]+):([^:]+)$/.exec(item) : null;
	return match && kindNames[match[1]!] ? { kind: match[1]!, id: match[2]! } : null;
}

/**
 * A log row's item in words, or null when it names nothing a reader needs spelled out (a child's or a
 * version's id: the action says enough). `rootOf` gives, for an id in the log, the id it was first
 * written with; `current` is the plan's current version, numbered.
 */
export function auditItemText(
	item: string | null,
	rootOf: ReadonlyMap<string, string>,
	current: ReadonlyMap<string, NumberedItem>
): string | null {
	if (item === null) return null;
	if (wholeParts[item]) return wholeParts[item];
	const ref = parseItemRef(item);
	if (!ref) return null;
	const kind = kindNames[ref.kind]!;
	const found = current.get(ref.id) ?? current.get(rootOf.get(ref.id) ?? ref.id);
	if (!found) return `${kind.article} ${kind.name} since removed`;
	const where = found.outcomeNumber !== undefined ? ` of outcome ${found.outcomeNumber}` : '';
	const words = ref.kind === 'team' ? found.text : quote(found.text);
	return `${kind.name} ${found.number}${where}: ${words}`;
}

/** A log row in one line: "Changed outcome 2: “By the age of 16…”", else the action's name and, in brackets, what it named. */
export function auditEntryText(action: string, itemText: string | null): string {
	if (itemText === null) return auditActionLabel(action);
	if (action === 'plan.changed') return `Changed ${itemText}`;
	return `${auditActionLabel(action)} (${itemText})`;
}
