import { auditEntryText } from '../../audit/audited-item';
import { auditItemTexts } from '../audit-log/audit-item-texts';
import type { Executor } from '../db/executor';
import { readPlanChangesAfter } from '../db/plan-change-feed';
import type { PlanChangeEvent } from './plan-change-stream';

/** The plan's changes after audit row `after`, in words, as `readerId` is told them. */
export async function readPlanChangeEvents(
	db: Executor,
	planId: string,
	after: number,
	readerId: string
): Promise<PlanChangeEvent[]> {
	const rows = await readPlanChangesAfter(db, planId, after);
	if (rows.length === 0) return [];
	const itemTexts = await auditItemTexts(db, rows);
	return rows.map((row, index) => ({
		id: row.id,
		who: row.account_name ?? 'Someone no longer here',
		what: auditEntryText(row.action, itemTexts[index] ?? null),
		at: row.at,
		mine: row.account_id === readerId
	}));
}
