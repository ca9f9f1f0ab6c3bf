import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { acceptInvitationSchema } from '$lib/forms/accept-invitation';
import { formErrors } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { organisationRoleLabels, planAccessLabels } from '$lib/roles';
import { recordAudit } from '$lib/server/db/record-audit';
import { hashPassword } from '$lib/server/auth/password';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { newId } from '$lib/server/tokens/token';
import { now } from '$lib/server/clock/clock';
import { createAccount, findAccountByEmail } from '$lib/server/db/accounts';
import { database } from '$lib/server/db/app-database';
import {
	findInvitationByToken,
	invitationState,
	markInvitationUsed,
	type InvitationState
} from '$lib/server/db/invitations';
import { invalid } from '$lib/server/form-failure';
import type { Actions, PageServerLoad } from './$types';

type Invitation = NonNullable<Awaited<ReturnType<typeof findInvitationByToken>>>;

const gone: Record<Exclude<InvitationState, 'open'>, string> = {
	used: 'This invitation link has already been used.',
	expired: 'This invitation link has expired: links work for 14 days.',
	withdrawn: 'This invitation link has been withdrawn.'
};

/** A link that cannot be used answers 410 (404 when unknown), saying whom to ask for a new one. */
function refuse(invitation: Invitation, state: Exclude<InvitationState, 'open'>): never {
	error(
		410,
		`${gone[state]} If you still need access, ask ${invitation.inviter_name} (${invitation.inviter_email}) to send you a new one.`
	);
}

/** The open invitation behind a token, or the plain page that says why it cannot be used. */
async function openInvitation(token: string): Promise<Invitation> {
	const invitation = token.length <= 100 ? await findInvitationByToken(database(), token) : undefined;
	if (!invitation)
		error(
			404,
			'This invitation link is not right. Check you copied the whole link from the email, or ask whoever invited you to send it again.'
		);
	const state = invitationState(invitation, now());
	if (state !== 'open') refuse(invitation, state);
	return invitation;
}

export const load: PageServerLoad = async ({ params }) => {
	const invitation = await openInvitation(params.token);
	const hasAccount = (await findAccountByEmail(database(), invitation.email)) !== undefined;
	return {
		invitation: {
			name: invitation.name,
			email: invitation.email,
			inviterName: invitation.inviter_name,
			inviterEmail: invitation.inviter_email,
			organisationName: invitation.organisation_name,
			role: invitation.role ? organisationRoleLabels[invitation.role] : null,
			planLevel: invitation.plan_level ? planAccessLabels[invitation.plan_level] : null,
			staff: invitation.plan_id === null
		},
		hasAccount
	};
};

export const actions = {
	default: async ({ request, params, cookies, url, getClientAddress }) => {
		const invitation = await openInvitation(params.token);
		const parsed = v.safeParse(acceptInvitationSchema, formInput(await request.formData(), acceptInvitationSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues));

		// Hash first: a transaction holds SQLite's one writer, and hashing takes a while.
		const passwordHash = await hashPassword(parsed.output.password);
		const accountId = newId();
		const staff = invitation.plan_id === null;
		const db = database();
		const outcome = await db.transaction().execute(async (trx) => {
			if (await findAccountByEmail(trx, invitation.email)) return 'has-account' as const;
			// Single-use: someone else may have got there first.
			if (!(await markInvitationUsed(trx, invitation.id))) return 'used' as const;
			const at = now().toISOString();
			await createAccount(trx, {
				id: accountId,
				email: invitation.email,
				name: invitation.name,
				password_hash: passwordHash,
				organisation_id: staff ? invitation.organisation_id : null,
				role: staff ? (invitation.role ?? 'practitioner') : null,
				totp_key: null,
				totp_last_counter: null,
				disabled_at: null,
				created_at: at
			});
			if (invitation.plan_id && invitation.plan_level) {
				await trx
					.insertInto('plan_access')
					.values({
						plan_id: invitation.plan_id,
						account_id: accountId,
						level: invitation.plan_level,
						granted_by: invitation.invited_by,
						granted_at: at
					})
					.execute();
			}
			await recordAudit(trx, {
				organisation_id: invitation.organisation_id,
				account_id: accountId,
				plan_id: invitation.plan_id,
				action: 'invitation.used',
				item: invitation.id,
				ip: getClientAddress()
			});
			return 'created' as const;
		});
		if (outcome === 'used') refuse(invitation, 'used');
		if (outcome === 'has-account') redirect(303, url.pathname);

		// Staff set up their authenticator next; family members are offered it later.
		setSessionCookie(cookies, await createSession(db, accountId, !staff), url);
		redirect(303, staff ? '/two-factor/set-up' : '/plans');
	}
} satisfies Actions;
