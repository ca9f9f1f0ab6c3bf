import { auditItemText, numberItems, parseItemRef } from '../../audit/audited-item';
import { readCurrentItems, readItemRoots } from '../db/audited-items';
import type { Executor } from '../db/executor';

/**
 * Each audit row's item in words ("outcome 2: “By the age of 16…”"), in the rows' order: two queries for
 * a page of the log, whatever its plans.
 */
export async function auditItemTexts(
	db: Executor,
	rows: readonly { plan_id: string | null; item: string | null }[]
): Promise<(string | null)[]> {
	const named = rows.filter((row) => row.plan_id !== null && parseItemRef(row.item) !== null);
	const [rootOf, currentByPlan] = await Promise.all([
		readItemRoots(
			db,
			named.map((row) => parseItemRef(row.item)!.id)
		),
		readCurrentItems(
			db,
			named.map((row) => row.plan_id!)
		)
	]);
	const numbered = new Map([...currentByPlan].map(([planId, items]) => [planId, numberItems(items)]));
	return rows.map((row) => auditItemText(row.item, rootOf, numbered.get(row.plan_id ?? '') ?? new Map()));
}
