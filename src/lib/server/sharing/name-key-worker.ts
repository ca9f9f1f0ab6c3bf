import type * as v from 'valibot';
import type { keyWorkerSchema } from '../../forms/share';
import { setKeyWorker } from '../db/plan-access';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { inTransaction } from '../db/in-transaction';

/** What naming a plan's key worker answers. */
export type NameKeyWorkerResult =
	| { ok: true }
	/** Not a member of staff the plan is shared with (or no longer: access withdrawn or account disabled meanwhile). */
	| { ok: false; reason: 'not-shared-staff' };

/**
 * Names the plan's key worker (the member of staff the family goes to first), or none, with the
 * 'access.key-worker-changed' audit row, in one transaction: a refusal writes nothing.
 */
export function nameKeyWorker(
	ctx: PlanContext,
	input: v.InferOutput<typeof keyWorkerSchema>
): Promise<NameKeyWorkerResult> {
	const accountId = input.keyWorker === '' ? null : input.keyWorker;
	return inTransaction(ctx.db, async (trx): Promise<NameKeyWorkerResult> => {
		const plan = { id: ctx.planRow.id, organisationId: ctx.planRow.organisation_id };
		if (!(await setKeyWorker(trx, plan, accountId))) return { ok: false, reason: 'not-shared-staff' };
		await recordAudit(trx, planAuditEvent(ctx, 'access.key-worker-changed', accountId ? `account:${accountId}` : null));
		return { ok: true };
	});
}
