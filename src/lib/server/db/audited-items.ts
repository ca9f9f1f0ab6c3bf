import type { CurrentItem } from '../../audit/audited-item';
import type { Executor } from './executor';

/**
 * For the plan items audit rows name (by id, in any version): the id each was first written with, so
 * that a row from an older version finds the item in the current one.
 */
export async function readItemRoots(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom('plan_item')
		.select(['id', 'lineage_id'])
		.where('id', 'in', [...new Set(ids)])
		.where('lineage_id', 'is not', null)
		.execute();
	return new Map(rows.map((row) => [row.id, row.lineage_id!]));
}

/** The items of each plan's current version, by plan: what the audit log names them by now. */
export async function readCurrentItems(db: Executor, planIds: readonly string[]): Promise<Map<string, CurrentItem[]>> {
	const byPlan = new Map<string, CurrentItem[]>();
	if (planIds.length === 0) return byPlan;
	const rows = await db
		.selectFrom('plan_item')
		.innerJoin('plan', 'plan.current_version_id', 'plan_item.version_id')
		.select([
			'plan.id as planId',
			'plan_item.id',
			'plan_item.lineage_id',
			'plan_item.kind',
			'plan_item.parent_id',
			'plan_item.position',
			'plan_item.data'
		])
		.where('plan.id', 'in', [...new Set(planIds)])
		.execute();
	for (const row of rows) {
		const data = JSON.parse(row.data) as { text?: string; name?: string };
		const items = byPlan.get(row.planId) ?? [];
		items.push({
			id: row.id,
			lineageId: row.lineage_id,
			kind: row.kind,
			parentId: row.parent_id,
			position: row.position,
			text: data.text ?? data.name ?? ''
		});
		byPlan.set(row.planId, items);
	}
	return byPlan;
}
