import type * as v from 'valibot';
import type { withdrawInvitationSchema } from '../../forms/share';
import { recordAudit } from '../db/record-audit';
import { withdrawInvitation } from '../db/invitations';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { inTransaction } from '../db/in-transaction';

/** What withdrawing an invitation to a plan answers. */
export type WithdrawPlanInvitationResult =
	| { ok: true }
	/** Not an open invitation to this plan: used or withdrawn meanwhile, or another plan's. */
	| { ok: false; reason: 'not-pending' };

/**
 * Withdraws an invitation to the plan, so its link no longer works, with the 'invitation.withdrawn'
 * audit row, in one transaction. Only this plan's invitations: an id from the form is never trusted.
 */
export function withdrawPlanInvitation(
	ctx: PlanContext,
	input: v.InferOutput<typeof withdrawInvitationSchema>
): Promise<WithdrawPlanInvitationResult> {
	const plan = ctx.planRow;
	return inTransaction(ctx.db, async (trx): Promise<WithdrawPlanInvitationResult> => {
		const ofThisPlan = await trx
			.selectFrom('invitation')
			.select('id')
			.where('id', '=', input.invitationId)
			.where('plan_id', '=', plan.id)
			.executeTakeFirst();
		if (!ofThisPlan || !(await withdrawInvitation(trx, plan.organisation_id, ofThisPlan.id)))
			return { ok: false, reason: 'not-pending' };
		await recordAudit(trx, planAuditEvent(ctx, 'invitation.withdrawn', `invitation:${ofThisPlan.id}`));
		return { ok: true };
	});
}
