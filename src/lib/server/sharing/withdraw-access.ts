import type * as v from 'valibot';
import type { withdrawSchema } from '../../forms/share';
import { recordAudit } from '../db/record-audit';
import { withdrawPlanAccess } from '../db/plan-access';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { inTransaction } from '../db/in-transaction';

/** What withdrawing someone's access to a plan answers. */
export type WithdrawAccessResult =
	| { ok: true }
	/** They have no access to withdraw (never had, or withdrawn meanwhile). */
	| { ok: false; reason: 'no-access' };

/** Withdraws an account's access to the plan, with the 'access.withdrawn' audit row, in one transaction. */
export function withdrawAccess(
	ctx: PlanContext,
	input: v.InferOutput<typeof withdrawSchema>
): Promise<WithdrawAccessResult> {
	return inTransaction(ctx.db, async (trx): Promise<WithdrawAccessResult> => {
		if (!(await withdrawPlanAccess(trx, ctx.planRow.id, input.accountId))) return { ok: false, reason: 'no-access' };
		await recordAudit(trx, planAuditEvent(ctx, 'access.withdrawn', `account:${input.accountId}`));
		return { ok: true };
	});
}
