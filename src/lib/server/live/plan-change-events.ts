import { auditEntryText } from '../../audit/audited-item';
import { auditItemTexts } from '../audit-log/audit-item-texts';
import type { Executor } from '../db/executor';
import { readPlanChangesAfter } from '../db/plan-change-feed';
import type { PlanChangeEvent } from './plan-change-stream';

type Change = Omit<PlanChangeEvent, 'mine'> & { accountId: string | null };

/** Reads under way, by database and then by plan and starting row: readers woken together share one. */
const underWay = new WeakMap<Executor, Map<string, Promise<Change[]>>>();

/**
 * The plan's changes after audit row `after`, in words, as `readerId` is told them. Everyone with the plan
 * open is woken by the same change, and most start from the same row: they share one read of the log.
 */
export async function readPlanChangeEvents(
	db: Executor,
	planId: string,
	after: number,
	readerId: string
): Promise<PlanChangeEvent[]> {
	const reads = underWay.get(db) ?? new Map<string, Promise<Change[]>>();
	underWay.set(db, reads);
	const key = `${planId} ${after}`;
	let read = reads.get(key);
	if (!read) {
		read = readInWords(db, planId, after).finally(() => reads.delete(key));
		reads.set(key, read);
	}
	return (await read).map(({ accountId, ...change }) => ({ ...change, mine: accountId === readerId }));
}

async function readInWords(db: Executor, planId: string, after: number): Promise<Change[]> {
	const rows = await readPlanChangesAfter(db, planId, after);
	if (rows.length === 0) return [];
	const itemTexts = await auditItemTexts(db, rows);
	return rows.map((row, index) => ({
		id: row.id,
		who: row.account_name ?? 'Someone no longer here',
		what: auditEntryText(row.action, itemTexts[index] ?? null),
		at: row.at,
		accountId: row.account_id
	}));
}
