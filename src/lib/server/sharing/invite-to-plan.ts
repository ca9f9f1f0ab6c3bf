import type * as v from 'valibot';
import type { inviteToPlanSchema } from '../../forms/share';
import { recordAudit } from '../db/record-audit';
import { findAccountByEmail } from '../db/accounts';
import { createInvitation } from '../db/invitations';
import { grantPlanAccess } from '../db/plan-access';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';

/** What inviting a family member to a plan answers. */
export type InviteToPlanResult =
	/** They had an account already (for a brother's or sister's plan): the plan was added to it. */
	| { ok: true; kind: 'granted' }
	/** A new invitation: `token` goes in the link, shown once and stored only hashed. */
	| { ok: true; kind: 'invited'; token: string }
	/** The address is a member of staff's, of any organisation: staff are shared with, not invited. */
	| { ok: false; reason: 'staff' };

/**
 * Invites a family member (or the young person) to the plan at the level chosen, in one transaction with
 * its audit row: 'access.granted' when their address already has an account, else 'invitation.made'.
 */
export function inviteToPlan(
	ctx: PlanContext,
	input: v.InferOutput<typeof inviteToPlanSchema>
): Promise<InviteToPlanResult> {
	const plan = ctx.planRow;
	return ctx.db.transaction().execute(async (trx): Promise<InviteToPlanResult> => {
		const existing = await findAccountByEmail(trx, input.email);
		if (existing && existing.organisation_id !== null) return { ok: false, reason: 'staff' };
		if (existing) {
			await grantPlanAccess(trx, plan.id, existing.id, input.familyLevel, ctx.account.id);
			await recordAudit(trx, planAuditEvent(ctx, 'access.granted', `account:${existing.id}:${input.familyLevel}`));
			return { ok: true, kind: 'granted' };
		}
		const made = await createInvitation(trx, {
			organisationId: plan.organisation_id,
			invitedBy: ctx.account.id,
			name: input.name,
			email: input.email,
			plan: { id: plan.id, level: input.familyLevel }
		});
		await recordAudit(trx, planAuditEvent(ctx, 'invitation.made', `invitation:${made.id}`));
		return { ok: true, kind: 'invited', token: made.token };
	});
}
