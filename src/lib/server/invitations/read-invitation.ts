import { now } from '../clock/clock';
import { findAccountByEmail } from '../db/accounts';
import { database } from '../db/app-database';
import { findInvitationByToken, type InvitationWithInviter } from '../db/invitations';
import { linkState, type LinkState } from '../tokens/link-token';

export type InvitationLookup =
	{ found: false } | { found: true; invitation: InvitationWithInviter; state: LinkState; hasAccount: boolean };

/**
 * The invitation behind a link's token: whether it can still be used, and whether its email already has
 * an account (which must then be given access instead).
 */
export async function readInvitation(token: string): Promise<InvitationLookup> {
	const db = database();
	const invitation = await findInvitationByToken(db, token);
	if (!invitation) return { found: false };
	const hasAccount = (await findAccountByEmail(db, invitation.email)) !== undefined;
	return { found: true, invitation, state: linkState(invitation, now()), hasAccount };
}
