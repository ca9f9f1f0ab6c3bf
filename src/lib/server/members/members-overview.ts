import { listMembers } from '../db/accounts';
import { database } from '../db/app-database';
import { listPendingInvitations } from '../db/invitations';

/**
 * The organisation's members and its pending invitations to join. Invitations to one plan belong to that
 * plan's sharing page, so they are left out.
 */
export async function readMembersOverview(organisationId: string) {
	const db = database();
	const [members, invitations] = await Promise.all([
		listMembers(db, organisationId),
		listPendingInvitations(db, organisationId)
	]);
	return { members, invitations: invitations.filter((invitation) => invitation.plan_id === null) };
}
