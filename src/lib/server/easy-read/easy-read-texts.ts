import { easyReadTextsOf } from '../db/easy-read';
import type { Executor } from '../db/executor';
import type { PlanContext } from '../plans/plan-context';

/** A stored row of Easy Read words, as `easyReadTextsOf` reads it. */
export type StoredEasyReadText = Awaited<ReturnType<typeof easyReadTextsOf>>[number];

/** The key an item's Easy Read words are kept under: its lineage, the id it had when first written. */
export function easyReadKey(ctx: Pick<PlanContext, 'lineage'>, itemId: string): string {
	return ctx.lineage[itemId] ?? itemId;
}

/**
 * The plan's Easy Read words by the current version's item ids. They are kept under each item's lineage,
 * so they carry over to the plan's next version, where the items have new ids.
 */
export async function easyReadTextsByItem(
	ctx: Pick<PlanContext, 'lineage' | 'planRow' | 'document'>,
	db: Executor
): Promise<Map<string, StoredEasyReadText>> {
	const byLineage = new Map((await easyReadTextsOf(db, ctx.planRow.id)).map((row) => [row.item_id, row]));
	const ids = [ctx.document.aspirations, ctx.document.needs, ctx.document.outcomes, ctx.document.provision].flatMap(
		(items) => items.map((item) => item.id)
	);
	return new Map(
		ids.flatMap((id) => {
			const row = byLineage.get(easyReadKey(ctx, id));
			return row ? [[id, row] as const] : [];
		})
	);
}
