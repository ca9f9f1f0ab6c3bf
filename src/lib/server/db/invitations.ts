import type { OrganisationRole, PlanAccessLevel } from '../../roles';
import { linkTokenHash, newLinkToken } from '../tokens/link-token';
import { newId } from '../tokens/token';
import { now } from '../clock/clock';
import type { Executor } from './executor';

/** Invitation links last 14 days (access.md). */
export const invitationLifetimeMs = 14 * 24 * 60 * 60 * 1000;

export interface NewInvitation {
	organisationId: string;
	invitedBy: string;
	name: string;
	email: string;
	role?: OrganisationRole;
	plan?: { id: string; level: PlanAccessLevel };
	/** Invited to the plan from outside the organisation: their job and whom they work for. */
	professional?: { role: string; organisation: string };
}

/** Makes an invitation and returns its id and the token for the link (160 random bits, stored hashed). */
export async function createInvitation(
	db: Executor,
	invitation: NewInvitation
): Promise<{ id: string; token: string }> {
	const { token, tokenHash } = newLinkToken();
	const id = newId();
	const at = now();
	await db
		.insertInto('invitation')
		.values({
			id,
			token_hash: tokenHash,
			organisation_id: invitation.organisationId,
			invited_by: invitation.invitedBy,
			name: invitation.name,
			email: invitation.email.toLowerCase(),
			role: invitation.role ?? null,
			plan_id: invitation.plan?.id ?? null,
			plan_level: invitation.plan?.level ?? null,
			created_at: at.toISOString(),
			expires_at: new Date(at.getTime() + invitationLifetimeMs).toISOString(),
			used_at: null,
			withdrawn_at: null,
			professional_role: invitation.professional?.role ?? null,
			professional_organisation: invitation.professional?.organisation ?? null
		})
		.execute();
	return { id, token };
}

/** An invitation with who sent it (to say whom to ask), the organisation it is from and the child it is about. */
export type InvitationWithInviter = NonNullable<Awaited<ReturnType<typeof findInvitationByToken>>>;

/**
 * The invitation behind a link's token, with whoever sent it (to say who invites them, and whom to ask)
 * and, for an invitation to a plan, the child's name (to say whose plan it is).
 */
export async function findInvitationByToken(db: Executor, token: string) {
	const tokenHash = linkTokenHash(token);
	if (!tokenHash) return undefined;
	return db
		.selectFrom('invitation')
		.innerJoin('account as inviter', 'inviter.id', 'invitation.invited_by')
		.innerJoin('organisation', 'organisation.id', 'invitation.organisation_id')
		.leftJoin('plan', 'plan.id', 'invitation.plan_id')
		.leftJoin('child', 'child.id', 'plan.child_id')
		.selectAll('invitation')
		.select([
			'inviter.name as inviter_name',
			'inviter.email as inviter_email',
			'inviter.role as inviter_role',
			'organisation.name as organisation_name',
			'child.first_name as child_first_name',
			'child.last_name as child_last_name'
		])
		.where('invitation.token_hash', '=', tokenHash)
		.executeTakeFirst();
}

/** Marks an open invitation used; false if someone got there first (the link is single-use). */
export async function markInvitationUsed(db: Executor, id: string): Promise<boolean> {
	const result = await db
		.updateTable('invitation')
		.set({ used_at: now().toISOString() })
		.where('id', '=', id)
		.where('used_at', 'is', null)
		.where('withdrawn_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function withdrawInvitation(db: Executor, organisationId: string, id: string): Promise<boolean> {
	const result = await db
		.updateTable('invitation')
		.set({ withdrawn_at: now().toISOString() })
		.where('id', '=', id)
		.where('organisation_id', '=', organisationId)
		.where('used_at', 'is', null)
		.where('withdrawn_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Invitations not yet used or withdrawn, newest first (expired ones too, marked by the caller). */
export async function listPendingInvitations(db: Executor, organisationId: string, planId?: string) {
	return db
		.selectFrom('invitation')
		.select([
			'id',
			'name',
			'email',
			'role',
			'plan_id',
			'plan_level',
			'created_at',
			'expires_at',
			'professional_role',
			'professional_organisation'
		])
		.where('organisation_id', '=', organisationId)
		.where('used_at', 'is', null)
		.where('withdrawn_at', 'is', null)
		.$if(planId !== undefined, (q) => q.where('plan_id', '=', planId!))
		.orderBy('created_at', 'desc')
		.execute();
}
