/**
 * Use case: accepting an invitation. Like every use case, it opens the app's database itself (routes never
 * hold it) and passes its transaction to the repositories, which take an `Executor`.
 */
import type { Selectable } from 'kysely';
import type { NewPasswordInput } from '../../forms/new-password';
import type { Visitor } from '../actor';
import { recordAudit } from '../db/record-audit';
import { hashPassword } from '../auth/password';
import { needsSecondFactor } from '../auth/guard';
import { createSession } from '../auth/session';
import { newId } from '../tokens/token';
import { now } from '../clock/clock';
import { createAccount, findAccountByEmail } from '../db/accounts';
import { database } from '../db/app-database';
import { markInvitationUsed } from '../db/invitations';
import { grantPlanAccess } from '../db/plan-access';
import type { InvitationTable } from '../db/schema';
import { inTransaction } from '../db/in-transaction';

/**
 * Who the invitation's account is: staff of its organisation with its role or, invited to one plan, of no
 * organisation (a family member, or a professional from outside with their role and organisation).
 */
function invitedAs(invitation: Selectable<InvitationTable>) {
	const staff = invitation.plan_id === null;
	return {
		organisation_id: staff ? invitation.organisation_id : null,
		role: staff ? (invitation.role ?? 'practitioner') : null,
		professional_role: invitation.professional_role,
		professional_organisation: invitation.professional_organisation
	};
}

/** Whether the account the invitation makes must set up a second factor before it reaches any plan. */
export function invitationNeedsSecondFactor(invitation: Selectable<InvitationTable>): boolean {
	return needsSecondFactor({ ...invitedAs(invitation), totp_key: null });
}

export type AcceptInvitationResult =
	{ ok: true; sessionToken: string; secondFactor: boolean } | { ok: false; reason: 'used' | 'has-account' };

/**
 * Uses up an open invitation (the route has found it open): makes the invited person's account with their
 * password, as staff with the invitation's role or, invited to one plan, as a family member or a
 * professional from outside (with their role and organisation) with access to that plan; records
 * 'invitation.used' and signs them in. Staff and outside professionals set up their authenticator next
 * (`secondFactor`), so their session is part-way; family members are offered it later.
 */
export async function acceptInvitation(
	invitation: Selectable<InvitationTable>,
	input: NewPasswordInput,
	visitor: Visitor
): Promise<AcceptInvitationResult> {
	// Hash first: a transaction holds SQLite's one writer, and hashing takes a while.
	const passwordHash = await hashPassword(input.password);
	const account = {
		id: newId(),
		email: invitation.email,
		name: invitation.name,
		password_hash: passwordHash,
		...invitedAs(invitation),
		totp_key: null,
		totp_last_counter: null,
		disabled_at: null,
		created_at: now().toISOString()
	};
	const accountId = account.id;
	const secondFactor = needsSecondFactor(account);
	return inTransaction(database(), async (trx) => {
		if (await findAccountByEmail(trx, invitation.email)) return { ok: false, reason: 'has-account' } as const;
		// Single-use: someone else may have got there first.
		if (!(await markInvitationUsed(trx, invitation.id))) return { ok: false, reason: 'used' } as const;
		await createAccount(trx, account);
		if (invitation.plan_id && invitation.plan_level) {
			await grantPlanAccess(trx, invitation.plan_id, accountId, invitation.plan_level, invitation.invited_by);
		}
		await recordAudit(trx, {
			organisation_id: invitation.organisation_id,
			account_id: accountId,
			plan_id: invitation.plan_id,
			action: 'invitation.used',
			item: invitation.id,
			ip: visitor.ip
		});
		return {
			ok: true,
			sessionToken: await createSession(trx, accountId, !secondFactor, visitor),
			secondFactor
		} as const;
	});
}
