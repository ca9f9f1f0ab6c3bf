import type * as v from 'valibot';
import type { grantSchema } from '../../forms/share';
import { recordAudit } from '../db/record-audit';
import { grantPlanAccess } from '../db/plan-access';
import { isActivePractitioner } from '../db/practitioners';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { inTransaction } from '../db/in-transaction';

/** What sharing a plan with a practitioner answers. */
export type GrantAccessResult =
	| { ok: true }
	/** Not one of the organisation's practitioners who can sign in (or no longer: disabled meanwhile). */
	| { ok: false; reason: 'not-a-practitioner' };

/**
 * Shares the plan with one of its organisation's practitioners at the level chosen (or changes their
 * level), with the 'access.granted' audit row, in one transaction that checks they are still one.
 */
export function grantAccess(ctx: PlanContext, input: v.InferOutput<typeof grantSchema>): Promise<GrantAccessResult> {
	return inTransaction(ctx.db, async (trx): Promise<GrantAccessResult> => {
		if (!(await isActivePractitioner(trx, ctx.planRow.organisation_id, input.accountId)))
			return { ok: false, reason: 'not-a-practitioner' };
		await grantPlanAccess(trx, ctx.planRow.id, input.accountId, input.level, ctx.account.id);
		await recordAudit(trx, planAuditEvent(ctx, 'access.granted', `account:${input.accountId}:${input.level}`));
		return { ok: true };
	});
}
