import type { Transaction } from 'kysely';
import type { EasyReadCheckInput } from '../../forms/easy-read';
import { now } from '../clock/clock';
import { putEasyReadCheck } from '../db/easy-read';
import { inTransaction } from '../db/in-transaction';
import { loadPlanHead } from '../db/plan-load';
import { recordAudit } from '../db/record-audit';
import type { Database } from '../db/schema';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';

export type EasyReadRecordResult =
	| { ok: true }
	/** This person may read the plan but not edit it. Nothing is written. */
	| { ok: false; reason: 'not-allowed' }
	/** The plan has been archived or deleted since the page was drawn. Nothing is written. */
	| { ok: false; reason: 'closed' };

/**
 * Runs `write` in one transaction with its audit row, for someone who may edit the plan, while the plan
 * is open: what both Easy Read records share.
 */
export function writeEasyReadRecord(
	ctx: PlanContext,
	action: 'easy-read.checked' | 'plan.seen',
	item: string | null,
	write: (trx: Transaction<Database>, head: { versionId: string }) => Promise<void>
): Promise<EasyReadRecordResult> {
	if (!ctx.actions.has('edit')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	return inTransaction(ctx.db, async (trx): Promise<EasyReadRecordResult> => {
		const head = await loadPlanHead(trx, ctx.planRow.id);
		if (!head || head.planRow.archived_at) return { ok: false, reason: 'closed' };
		await write(trx, { versionId: head.version.id });
		await recordAudit(trx, planAuditEvent(ctx, action, item));
		return { ok: true };
	});
}

/**
 * Records who checked the plan's Easy Read version with the child, and on what day (Inclusion Europe asks
 * for a named checker), replacing any earlier record, with its 'easy-read.checked' audit row.
 */
export function recordEasyReadCheck(ctx: PlanContext, input: EasyReadCheckInput): Promise<EasyReadRecordResult> {
	return writeEasyReadRecord(ctx, 'easy-read.checked', null, (trx) =>
		putEasyReadCheck(trx, {
			plan_id: ctx.planRow.id,
			checked_by: input.checkedBy,
			checked_on: input.checkedOn,
			recorded_by: ctx.account.id,
			recorder_name: ctx.account.name,
			recorded_at: now().toISOString()
		})
	);
}
