import type { PlanDocument } from '../../plan/document';
import type { PlanContext } from './plan-context';

/** The ids of the items words may be kept beside: aspirations, needs, outcomes and provision (steps have no id). */
export function threadItemIds(plan: PlanDocument): Set<string> {
	return new Set(
		[plan.aspirations, plan.needs, plan.outcomes, plan.provision].flatMap((items) => items.map((item) => item.id))
	);
}

/**
 * The key that what is kept beside an item (its Easy Read words, its translations) is stored under: the
 * item's lineage, the id it had when first written, since each version of a plan gives its items new ids.
 */
export function lineageKey(ctx: Pick<PlanContext, 'lineage'>, itemId: string): string {
	return ctx.lineage[itemId] ?? itemId;
}

/** Rows stored under items' lineage, by the current version's item ids (rows of items since removed are left out). */
export function byCurrentItem<Row extends { item_id: string }>(
	ctx: Pick<PlanContext, 'lineage' | 'document'>,
	rows: readonly Row[]
): Map<string, Row> {
	const byLineage = new Map(rows.map((row) => [row.item_id, row]));
	return new Map(
		[...threadItemIds(ctx.document)].flatMap((id) => {
			const row = byLineage.get(lineageKey(ctx, id));
			return row ? [[id, row] as const] : [];
		})
	);
}
