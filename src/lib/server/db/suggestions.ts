import type { Insertable, Selectable } from 'kysely';
import type { Executor } from './executor';
import type { SuggestionTable } from './schema';

export type Suggestion = Selectable<SuggestionTable>;

/** Stores a new suggestion. */
export async function insertSuggestion(db: Executor, row: Insertable<SuggestionTable>): Promise<void> {
	await db.insertInto('suggestion').values(row).execute();
}

/** The suggestions made on a version's items, open and decided, oldest first. */
export function suggestionsOfVersion(db: Executor, versionId: string): Promise<Suggestion[]> {
	return db
		.selectFrom('suggestion')
		.selectAll()
		.where('version_id', '=', versionId)
		.orderBy('suggested_at')
		.orderBy('id')
		.execute();
}

/** One suggestion on a version's items, or undefined when it is not one of them. */
export function readSuggestion(db: Executor, versionId: string, id: string): Promise<Suggestion | undefined> {
	return db
		.selectFrom('suggestion')
		.selectAll()
		.where('id', '=', id)
		.where('version_id', '=', versionId)
		.executeTakeFirst();
}

/**
 * Records the decision on an open suggestion. False when it was no longer open (someone decided it
 * first), so the caller can refuse rather than decide twice.
 */
export async function decideSuggestion(
	db: Executor,
	id: string,
	decision: Pick<SuggestionTable, 'status' | 'decided_by' | 'decided_by_name' | 'decided_at' | 'decided_with'>
): Promise<boolean> {
	const result = await db
		.updateTable('suggestion')
		.set(decision)
		.where('id', '=', id)
		.where('status', '=', 'open')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** An item's revision as stored now (in the caller's transaction), or undefined once it is deleted. */
export async function storedRevision(db: Executor, versionId: string, itemId: string): Promise<number | undefined> {
	const row = await db
		.selectFrom('plan_item')
		.select('revision')
		.where('id', '=', itemId)
		.where('version_id', '=', versionId)
		.executeTakeFirst();
	return row?.revision;
}
