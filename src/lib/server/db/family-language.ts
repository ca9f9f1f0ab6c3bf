/** The family's language on the child, and the interpreters' translations of a plan's items: queries only. */
import type { Insertable, Selectable } from 'kysely';
import type { Executor } from './executor';
import type { ItemTranslationTable } from './schema';

export type ItemTranslationRow = Selectable<ItemTranslationTable>;

/** The child's family language and whether they need an interpreter, or undefined when there is no such child. */
export function childLanguage(db: Executor, childId: string) {
	return db
		.selectFrom('child')
		.select(['family_language', 'needs_interpreter'])
		.where('id', '=', childId)
		.executeTakeFirst();
}

export async function setChildLanguage(
	db: Executor,
	childId: string,
	language: { code: string | null; needsInterpreter: boolean }
): Promise<void> {
	await db
		.updateTable('child')
		.set({ family_language: language.code, needs_interpreter: language.needsInterpreter ? 1 : 0 })
		.where('id', '=', childId)
		.execute();
}

/** The plan's translations into one language, by item. */
export function itemTranslations(db: Executor, planId: string, languageCode: string): Promise<ItemTranslationRow[]> {
	return db
		.selectFrom('item_translation')
		.selectAll()
		.where('plan_id', '=', planId)
		.where('language_code', '=', languageCode)
		.orderBy('item_id')
		.execute();
}

/**
 * Writes one item's translation if it is still at `expectedRevision` (0: none yet), counting the save;
 * otherwise changes nothing and gives the revision it is at.
 */
export async function writeItemTranslation(
	db: Executor,
	row: Omit<Insertable<ItemTranslationTable>, 'revision'>,
	expectedRevision: number
): Promise<{ ok: true; revision: number } | { ok: false; currentRevision: number }> {
	const current = await db
		.selectFrom('item_translation')
		.select('revision')
		.where('plan_id', '=', row.plan_id)
		.where('item_id', '=', row.item_id)
		.where('language_code', '=', row.language_code)
		.executeTakeFirst();
	const at = current?.revision ?? 0;
	if (at !== expectedRevision) return { ok: false, currentRevision: at };
	if (!current) {
		await db
			.insertInto('item_translation')
			.values({ ...row, revision: 1 })
			.execute();
		return { ok: true, revision: 1 };
	}
	const { plan_id, item_id, language_code, ...changes } = row;
	await db
		.updateTable('item_translation')
		.set({ ...changes, revision: at + 1 })
		.where('plan_id', '=', plan_id)
		.where('item_id', '=', item_id)
		.where('language_code', '=', language_code)
		.where('revision', '=', at)
		.execute();
	return { ok: true, revision: at + 1 };
}
