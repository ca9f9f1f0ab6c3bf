import type { Account } from '../db/accounts';
import type { Executor } from '../db/executor';
import { createInvitation, type NewInvitation } from '../db/invitations';
import { grantPlanAccess } from '../db/plan-access';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import type { PlanAccessLevel } from '../../roles';

/** What inviting someone of no organisation to a plan did. */
export type InvitedOrAdded =
	/** They had an account already (for a brother's or sister's plan, or another child's): the plan was added to it. */
	| { ok: true; kind: 'granted' }
	/** A new invitation: `token` goes in the link, shown once and stored only hashed. */
	| { ok: true; kind: 'invited'; token: string };

/**
 * Inside a sharing use case's transaction, once it has found the address is not staff: adds the plan to
 * `existing` (an account of no organisation) with 'access.granted', or makes the invitation to the plan
 * with 'invitation.made'.
 */
export async function inviteOrAdd(
	trx: Executor,
	ctx: PlanContext,
	existing: Account | undefined,
	invitation: Pick<NewInvitation, 'name' | 'email' | 'professional'> & { level: PlanAccessLevel }
): Promise<InvitedOrAdded> {
	const plan = ctx.planRow;
	if (existing) {
		await grantPlanAccess(trx, plan.id, existing.id, invitation.level, ctx.account.id);
		await recordAudit(trx, planAuditEvent(ctx, 'access.granted', `account:${existing.id}:${invitation.level}`));
		return { ok: true, kind: 'granted' };
	}
	const { level, ...who } = invitation;
	const made = await createInvitation(trx, {
		...who,
		organisationId: plan.organisation_id,
		invitedBy: ctx.account.id,
		plan: { id: plan.id, level }
	});
	await recordAudit(trx, planAuditEvent(ctx, 'invitation.made', `invitation:${made.id}`));
	return { ok: true, kind: 'invited', token: made.token };
}
