/**
 * Use case: inviting someone to the organisation. Like every use case, it opens the app's database itself
 * (routes never hold it) and passes its transaction to the repositories, which take an `Executor`.
 */
import type { InviteMemberInput } from '../../forms/members';
import type { Actor, StaffAccount } from '../actor';
import { recordAudit } from '../db/record-audit';
import { findAccountByEmail } from '../db/accounts';
import { database } from '../db/app-database';
import { createInvitation } from '../db/invitations';
import { inTransaction } from '../db/in-transaction';

export type InviteMemberResult = { ok: true; token: string } | { ok: false; reason: 'has-account' };

/**
 * Makes an invitation to join the admin's organisation with a role, recorded as 'member.invited'; returns
 * the token for the link, which is shown once. Refused when the email already has an account.
 */
export async function inviteMember(input: InviteMemberInput, admin: Actor<StaffAccount>): Promise<InviteMemberResult> {
	return inTransaction(database(), async (trx) => {
		if (await findAccountByEmail(trx, input.email)) return { ok: false, reason: 'has-account' } as const;
		const invitation = await createInvitation(trx, {
			organisationId: admin.account.organisation_id,
			invitedBy: admin.account.id,
			name: input.name,
			email: input.email,
			role: input.role
		});
		await recordAudit(trx, {
			organisation_id: admin.account.organisation_id,
			account_id: admin.account.id,
			plan_id: null,
			action: 'member.invited',
			item: invitation.id,
			ip: admin.ip
		});
		return { ok: true, token: invitation.token } as const;
	});
}
