import type * as v from 'valibot';
import type { archiveSchema } from '../../forms/archive';
import { recordAudit } from '../db/record-audit';
import { now } from '../clock/clock';
import { planAuditEvent } from './audit-events';
import type { PlanContext } from './plan-context';
import { inTransaction } from '../db/in-transaction';

/** What archiving a plan answers. */
export type ArchiveResult =
	| { ok: true; at: string }
	/** It was archived already (by someone else, or by this form sent twice). */
	| { ok: false; reason: 'archived' }
	/** It was deleted meanwhile (its child's records were). */
	| { ok: false; reason: 'not-found' };

/**
 * Archives the plan with a reason (reviews.md): it leaves the caseload and stays readable, read-only.
 * Audited 'plan.archived' in the same transaction, where only whether it is archived is read again.
 */
export async function archivePlan(
	ctx: PlanContext,
	input: v.InferOutput<typeof archiveSchema>
): Promise<ArchiveResult> {
	return inTransaction(ctx.db, async (trx): Promise<ArchiveResult> => {
		const plan = await trx.selectFrom('plan').select('archived_at').where('id', '=', ctx.planRow.id).executeTakeFirst();
		if (!plan) return { ok: false, reason: 'not-found' };
		if (plan.archived_at) return { ok: false, reason: 'archived' };
		const at = now().toISOString();
		await trx
			.updateTable('plan')
			.set({ archived_at: at, archived_reason: input.reason })
			.where('id', '=', ctx.planRow.id)
			.execute();
		await recordAudit(trx, planAuditEvent(ctx, 'plan.archived', null));
		return { ok: true, at };
	});
}
