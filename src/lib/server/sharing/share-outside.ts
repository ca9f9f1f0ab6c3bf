import type * as v from 'valibot';
import type { shareOutsideSchema } from '../../forms/share';
import { findAccountByEmail } from '../db/accounts';
import type { PlanContext } from '../plans/plan-context';
import { inviteOrAdd, type InvitedOrAdded } from './invite-or-add';
import { inTransaction } from '../db/in-transaction';

/** What sharing a plan with someone outside the organisation answers. */
export type ShareOutsideResult =
	| InvitedOrAdded
	/** The address is a member of this organisation's staff: shared with as a practitioner, not invited. */
	| { ok: false; reason: 'our-staff' }
	/** The address is another organisation's member of staff, whom a grant of ours cannot reach. */
	| { ok: false; reason: 'other-staff' };

/**
 * Shares the plan with a professional from outside the organisation at the level chosen, with no
 * membership of it: an invitation whose account will have no organisation, only this plan, and their
 * role and organisation as they were given. One transaction with its audit row: 'access.granted' when
 * their address already has an account of no organisation (outside or family), else 'invitation.made'.
 */
export function shareOutside(
	ctx: PlanContext,
	input: v.InferOutput<typeof shareOutsideSchema>
): Promise<ShareOutsideResult> {
	return inTransaction(ctx.db, async (trx): Promise<ShareOutsideResult> => {
		const existing = await findAccountByEmail(trx, input.outsideEmail);
		if (existing && existing.organisation_id === ctx.planRow.organisation_id) return { ok: false, reason: 'our-staff' };
		// decidePlanAccess counts a grant only for the plan's own staff and for accounts of no organisation.
		if (existing && existing.organisation_id !== null) return { ok: false, reason: 'other-staff' };
		return inviteOrAdd(trx, ctx, existing, {
			name: input.outsideName,
			email: input.outsideEmail,
			level: input.outsideLevel,
			professional: { role: input.professionalRole, organisation: input.professionalOrganisation }
		});
	});
}
