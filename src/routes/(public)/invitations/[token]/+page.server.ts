import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { newPasswordSchema } from '$lib/forms/new-password';
import { organisationRoleLabels } from '$lib/roles';
import { inviterLabel, planInvitationSentence } from '$lib/invitation-text';
import { requestVisitor } from '$lib/server/actor';
import { setSessionCookie } from '$lib/server/auth/session';
import type { InvitationWithInviter } from '$lib/server/db/invitations';
import { invalid } from '$lib/server/form-failure';
import { acceptInvitation, invitationNeedsSecondFactor } from '$lib/server/invitations/accept-invitation';
import { readInvitation } from '$lib/server/invitations/read-invitation';
import type { LinkState } from '$lib/server/tokens/link-token';
import type { Actions, PageServerLoad } from './$types';

const gone: Record<Exclude<LinkState, 'open'>, string> = {
	used: 'This invitation link has already been used.',
	expired: 'This invitation link has expired: links work for 14 days.',
	withdrawn: 'This invitation link has been withdrawn.'
};

/** A link that cannot be used answers 410 (404 when unknown), saying whom to ask for a new one. */
function refuse(invitation: InvitationWithInviter, state: Exclude<LinkState, 'open'>): never {
	error(
		410,
		`${gone[state]} If you still need access, ask ${invitation.inviter_name} (${invitation.inviter_email}) to send you a new one.`
	);
}

/** The open invitation behind a token, or the plain page that says why it cannot be used. */
async function openInvitation(token: string) {
	const lookup = await readInvitation(token);
	if (!lookup.found)
		error(
			404,
			'This invitation link is not right. Check you copied the whole link from the email, or ask whoever invited you to send it again.'
		);
	if (lookup.state !== 'open') refuse(lookup.invitation, lookup.state);
	return lookup;
}

export const load: PageServerLoad = async ({ params }) => {
	const { invitation, hasAccount } = await openInvitation(params.token);
	const facts = {
		inviterName: invitation.inviter_name,
		inviterRole: invitation.inviter_role,
		organisationName: invitation.organisation_name
	};
	return {
		invitation: {
			name: invitation.name,
			email: invitation.email,
			inviter: inviterLabel(facts),
			inviterName: invitation.inviter_name,
			inviterEmail: invitation.inviter_email,
			organisationName: invitation.organisation_name,
			role: invitation.role ? organisationRoleLabels[invitation.role] : null,
			toPlan:
				invitation.plan_level && invitation.child_first_name
					? planInvitationSentence({
							...facts,
							childName: `${invitation.child_first_name} ${invitation.child_last_name}`,
							level: invitation.plan_level
						})
					: null,
			professionalRole: invitation.professional_role,
			professionalOrganisation: invitation.professional_organisation,
			staff: invitation.plan_id === null,
			secondFactor: invitationNeedsSecondFactor(invitation)
		},
		hasAccount
	};
};

export const actions = {
	default: async ({ request, params, cookies, url, getClientAddress }) => {
		const { invitation } = await openInvitation(params.token);
		const parsed = v.safeParse(newPasswordSchema, formInput(await request.formData(), newPasswordSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues));

		const result = await acceptInvitation(invitation, parsed.output, requestVisitor({ request, getClientAddress }));
		if (!result.ok && result.reason === 'used') refuse(invitation, 'used');
		if (!result.ok) redirect(303, url.pathname);

		setSessionCookie(cookies, result.sessionToken, url);
		// Staff and outside professionals set up their authenticator next; family members are offered it later.
		redirect(303, result.secondFactor ? '/two-factor/set-up' : '/plans');
	}
} satisfies Actions;
