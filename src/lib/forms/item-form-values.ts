/**
 * What an item's add-or-change form holds: what was typed, after a refusal; else the item being changed,
 * with the id and the revision a save of it is based on; else nothing, for a new item.
 */
export function itemFormValues<Item extends { id: string; revision: number }>(
	typed: Record<string, string> | undefined,
	editing: Item | null | undefined,
	fields: (item: Item) => Record<string, string | undefined>
): Record<string, string | undefined> {
	return typed ?? (editing ? { id: editing.id, revision: String(editing.revision), ...fields(editing) } : {});
}
