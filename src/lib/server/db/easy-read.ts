import type { Insertable } from 'kysely';
import type { EasyReadCheckTable, EasyReadTextTable, PlanSeenTable } from './schema';
import type { Executor } from './executor';

/** Each item's Easy Read words and picture on a plan, with who wrote them and the item's text then. */
export function easyReadTextsOf(db: Executor, planId: string) {
	return db
		.selectFrom('easy_read_text')
		.select(['item_id', 'text', 'picture', 'source_text', 'writer_name', 'written_at', 'revision'])
		.where('plan_id', '=', planId)
		.execute();
}

/** Who checked the plan's Easy Read version with the child, and when; undefined until someone has. */
export function easyReadCheckOf(db: Executor, planId: string) {
	return db
		.selectFrom('easy_read_check')
		.select(['checked_by', 'checked_on', 'recorder_name', 'recorded_at'])
		.where('plan_id', '=', planId)
		.executeTakeFirst();
}

/** Each time the child was shown their plan, the latest first. */
export function planSeenOf(db: Executor, planId: string) {
	return db
		.selectFrom('plan_seen')
		.select(['id', 'version_id', 'seen_on', 'how', 'said', 'recorder_name', 'recorded_at'])
		.where('plan_id', '=', planId)
		.orderBy('seen_on', 'desc')
		.orderBy('recorded_at', 'desc')
		.execute();
}

/** An item's Easy Read save count, 0 when none has been saved. */
export async function easyReadRevision(db: Executor, planId: string, itemId: string): Promise<number> {
	const row = await db
		.selectFrom('easy_read_text')
		.select('revision')
		.where('plan_id', '=', planId)
		.where('item_id', '=', itemId)
		.executeTakeFirst();
	return row?.revision ?? 0;
}

/** Writes an item's Easy Read words and picture, as a new row or over its last save. */
export async function putEasyReadText(db: Executor, row: Insertable<EasyReadTextTable>): Promise<void> {
	const { plan_id: _planId, item_id: _itemId, ...change } = row;
	await db
		.insertInto('easy_read_text')
		.values(row)
		.onConflict((conflict) => conflict.columns(['plan_id', 'item_id']).doUpdateSet(change))
		.execute();
}

/** Records who checked the plan's Easy Read version with the child, replacing any earlier record. */
export async function putEasyReadCheck(db: Executor, row: Insertable<EasyReadCheckTable>): Promise<void> {
	const { plan_id: _planId, ...change } = row;
	await db
		.insertInto('easy_read_check')
		.values(row)
		.onConflict((conflict) => conflict.column('plan_id').doUpdateSet(change))
		.execute();
}

/** Records a time the child was shown their plan. */
export async function insertPlanSeen(db: Executor, row: Insertable<PlanSeenTable>): Promise<void> {
	await db.insertInto('plan_seen').values(row).execute();
}
