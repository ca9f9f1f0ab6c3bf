import { easyReadTextsOf } from '../db/easy-read';
import type { Executor } from '../db/executor';
import type { PlanContext } from '../plans/plan-context';
import { byCurrentItem } from '../plans/item-lineage';

/** A stored row of Easy Read words, as `easyReadTextsOf` reads it. */
export type StoredEasyReadText = Awaited<ReturnType<typeof easyReadTextsOf>>[number];

/**
 * The plan's Easy Read words by the current version's item ids. They are kept under each item's lineage,
 * so they carry over to the plan's next version, where the items have new ids.
 */
export async function easyReadTextsByItem(
	ctx: Pick<PlanContext, 'lineage' | 'planRow' | 'document'>,
	db: Executor
): Promise<Map<string, StoredEasyReadText>> {
	return byCurrentItem(ctx, await easyReadTextsOf(db, ctx.planRow.id));
}
