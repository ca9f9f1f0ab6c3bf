import { now } from '../clock/clock';
import { findAccountByEmail } from '../db/accounts';
import { database } from '../db/app-database';
import {
	findInvitationByToken,
	invitationState,
	type InvitationState,
	type InvitationWithInviter
} from '../db/invitations';

export type InvitationLookup =
	{ found: false } | { found: true; invitation: InvitationWithInviter; state: InvitationState; hasAccount: boolean };

/**
 * The invitation behind a link's token: whether it can still be used, and whether its email already has
 * an account (which must then be given access instead).
 */
export async function readInvitation(token: string): Promise<InvitationLookup> {
	const db = database();
	// A token is 32 characters: anything far longer is not one, and is not worth hashing.
	const invitation = token.length <= 100 ? await findInvitationByToken(db, token) : undefined;
	if (!invitation) return { found: false };
	const hasAccount = (await findAccountByEmail(db, invitation.email)) !== undefined;
	return { found: true, invitation, state: invitationState(invitation, now()), hasAccount };
}
