/**
 * Use case: withdrawing an invitation to the organisation. Like every use case, it opens the app's
 * database itself (routes never hold it) and passes its transaction to the repositories, which take an
 * `Executor`.
 */
import type { InvitationIdInput } from '../../forms/members';
import type { Actor, StaffAccount } from '../actor';
import { recordAudit } from '../db/record-audit';
import { database } from '../db/app-database';
import { withdrawInvitation } from '../db/invitations';
import { inTransaction } from '../db/in-transaction';

export type WithdrawMemberInvitationResult = { ok: true } | { ok: false; reason: 'not-pending' };

/**
 * Withdraws a pending invitation of the admin's organisation, recorded as 'invitation.withdrawn'. Refused
 * when it is already used or withdrawn (two admins at once), or is not this organisation's.
 */
export async function withdrawMemberInvitation(
	input: InvitationIdInput,
	admin: Actor<StaffAccount>
): Promise<WithdrawMemberInvitationResult> {
	return inTransaction(database(), async (trx) => {
		if (!(await withdrawInvitation(trx, admin.account.organisation_id, input.invitationId)))
			return { ok: false, reason: 'not-pending' } as const;
		await recordAudit(trx, {
			organisation_id: admin.account.organisation_id,
			account_id: admin.account.id,
			plan_id: null,
			action: 'invitation.withdrawn',
			item: input.invitationId,
			ip: admin.ip
		});
		return { ok: true } as const;
	});
}
