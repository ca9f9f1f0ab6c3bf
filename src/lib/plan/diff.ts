import { diffWords } from 'diff';
import type { PlanDocument, ProfileEntry, SaidBy } from './document';
import { profileEntry } from './profile-entry';
import { saidLabel } from './said-label';

/** A stretch of text in a comparison: kept, added or removed. */
export interface TextPart {
	text: string;
	change: 'same' | 'added' | 'removed';
}

export interface FieldChange {
	field: string;
	before: string;
	after: string;
	/** The words of `before` and `after` merged, with additions and deletions marked. */
	parts: TextPart[];
}

export type DiffLayer = 'child' | 'profile' | 'plan' | 'team' | 'aspirations' | 'needs' | 'outcomes' | 'provision';

export interface ItemDiff {
	layer: DiffLayer;
	/** The item's id (as the caller identified it), or the field group's name. */
	id: string;
	change: 'added' | 'removed' | 'changed';
	/** A short label: the start of the item's text, or the group's name. */
	label: string;
	fields: FieldChange[];
}

/** Layers in thread order: the order the comparison is listed in. */
const itemLayers = ['team', 'aspirations', 'needs', 'outcomes', 'provision'] as const;

/**
 * What changed between two versions of a plan, in thread order: items added, removed and changed, and
 * for a change, each field's words before and after. Items are matched by id, so the caller passes
 * documents whose ids name the same item in both versions. Pure and deterministic; `diffPlans(a, a)` is empty.
 */
export function diffPlans(before: PlanDocument, after: PlanDocument): ItemDiff[] {
	const changes: ItemDiff[] = [];
	const group = (layer: DiffLayer, label: string, a: Record<string, unknown>, b: Record<string, unknown>) => {
		const fields = fieldChanges(a, b);
		if (fields.length > 0) changes.push({ layer, id: layer, change: 'changed', label, fields });
	};
	group('child', 'The child', before.child, after.child);
	group('profile', 'About me', flattenProfile(before), flattenProfile(after));
	const { status: _before, ...planBefore } = before.plan;
	const { status: _after, ...planAfter } = after.plan;
	group('plan', 'The plan', planBefore, planAfter);

	for (const layer of itemLayers) {
		const a: ReadonlyArray<{ id: string }> = before[layer];
		const b: ReadonlyArray<{ id: string }> = after[layer];
		const byIdAfter = new Map(b.map((item) => [item.id, item]));
		const byIdBefore = new Map(a.map((item) => [item.id, item]));
		for (const item of a) {
			const next = byIdAfter.get(item.id);
			if (!next) {
				changes.push({
					layer,
					id: item.id,
					change: 'removed',
					label: labelOf(item),
					fields: fieldChanges(fieldsOf(item), {})
				});
				continue;
			}
			const fields = fieldChanges(fieldsOf(item), fieldsOf(next));
			if (fields.length > 0) changes.push({ layer, id: item.id, change: 'changed', label: labelOf(next), fields });
		}
		for (const item of b) {
			if (!byIdBefore.has(item.id))
				changes.push({
					layer,
					id: item.id,
					change: 'added',
					label: labelOf(item),
					fields: fieldChanges({}, fieldsOf(item))
				});
		}
	}
	return changes;
}

/** An item's fields as text, without its id; lists (links, steps) as readable lines. */
function fieldsOf(item: { id: string }): Record<string, unknown> {
	const { id: _id, saidBy, ...rest } = item as Record<string, unknown> & { id: string; saidBy?: SaidBy };
	// Who said it, as the plan shows it (the name a child's words carry is the child's).
	return saidBy ? { ...rest, saidBy: saidLabel({ saidBy }, { firstName: saidBy.name }) } : rest;
}

/** The About me lists as lines of text, each with who said it when that is known. */
function flattenProfile(document: PlanDocument): Record<string, unknown> {
	const line = (entry: ProfileEntry) => {
		const { text, saidBy } = profileEntry(entry);
		const said = saidLabel({ saidBy }, document.child);
		return said ? `${text} (${said})` : text;
	};
	return Object.fromEntries(Object.entries(document.profile ?? {}).map(([list, entries]) => [list, entries.map(line)]));
}

function labelOf(item: { id: string }): string {
	const record = item as unknown as Record<string, unknown>;
	const text = typeof record.text === 'string' ? record.text : typeof record.name === 'string' ? record.name : item.id;
	return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function asText(value: unknown): string {
	if (value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	if (Array.isArray(value))
		return value
			.map((entry) =>
				typeof entry === 'object' && entry !== null ? Object.values(entry).map(asText).join(', ') : asText(entry)
			)
			.join('\n');
	return JSON.stringify(value);
}

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
	const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
	const changes: FieldChange[] = [];
	for (const field of fields) {
		const a = asText(before[field]);
		const b = asText(after[field]);
		if (a === b) continue;
		const parts = diffWords(a, b).map((part): TextPart => ({
			text: part.value,
			change: part.added ? 'added' : part.removed ? 'removed' : 'same'
		}));
		changes.push({ field, before: a, after: b, parts });
	}
	return changes;
}
