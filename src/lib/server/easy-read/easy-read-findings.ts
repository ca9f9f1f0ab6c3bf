import { checkThread } from '../../thread/checker/check';
import type { Finding } from '../../thread/finding';
import { today } from '../clock/clock';
import { easyReadTextsOf } from '../db/easy-read';
import type { PlanContext } from '../plans/plan-context';

/**
 * The plan's findings with its Easy Read words read too, so that the Easy Read rule runs: for the pages
 * that list every finding. Others keep the context's findings (checked once a version, without them).
 */
export async function findingsWithEasyRead(ctx: PlanContext): Promise<Finding[]> {
	if (!ctx.actions.has('edit')) return ctx.findings;
	const rows = await easyReadTextsOf(ctx.db, ctx.planRow.id);
	const easyRead = new Map(rows.flatMap((row) => (row.text ? [[row.item_id, row.text] as const] : [])));
	return easyRead.size === 0 ? ctx.findings : checkThread(ctx.document, { today: today(), easyRead });
}
