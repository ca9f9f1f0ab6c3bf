import type * as v from 'valibot';
import type { inviteToPlanSchema } from '../../forms/share';
import { findAccountByEmail } from '../db/accounts';
import type { PlanContext } from '../plans/plan-context';
import { inviteOrAdd, type InvitedOrAdded } from './invite-or-add';
import { inTransaction } from '../db/in-transaction';

/** What inviting a family member to a plan answers. */
export type InviteToPlanResult =
	| InvitedOrAdded
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
	return inTransaction(ctx.db, async (trx): Promise<InviteToPlanResult> => {
		const existing = await findAccountByEmail(trx, input.email);
		if (existing && existing.organisation_id !== null) return { ok: false, reason: 'staff' };
		return inviteOrAdd(trx, ctx, existing, { name: input.name, email: input.email, level: input.familyLevel });
	});
}
