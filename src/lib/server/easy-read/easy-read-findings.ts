import { checkThread } from '../../thread/checker/check';
import type { Finding } from '../../thread/finding';
import { today } from '../clock/clock';
import { easyReadTextsByItem } from './easy-read-texts';
import type { PlanContext } from '../plans/plan-context';

/**
 * The plan's findings with its Easy Read words read too, so that the Easy Read rule runs: for the pages
 * that list every finding. Others keep the context's findings (checked once a version, without them).
 */
export async function findingsWithEasyRead(ctx: PlanContext): Promise<Finding[]> {
	if (!ctx.actions.has('edit')) return ctx.findings;
	const rows = await easyReadTextsByItem(ctx, ctx.db);
	const easyRead = new Map([...rows].flatMap(([id, row]) => (row.text ? [[id, row.text] as const] : [])));
	return easyRead.size === 0 ? ctx.findings : checkThread(ctx.document, { today: today(), easyRead });
}
