import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import {
	grantSchema,
	inviteToPlanSchema,
	keyWorkerSchema,
	shareOutsideSchema,
	withdrawInvitationSchema,
	withdrawSchema
} from '$lib/forms/share';
import { outsidePersonLabel } from '$lib/invitation-text';
import { now } from '$lib/server/clock/clock';
import { listPendingInvitations } from '$lib/server/db/invitations';
import { listPlanGrants } from '$lib/server/db/plan-access';
import { listPractitioners } from '$lib/server/db/practitioners';
import { invalid } from '$lib/server/form-failure';
import { openPlan } from '$lib/server/plans/plan-context';
import { grantAccess } from '$lib/server/sharing/grant-access';
import type { InvitedOrAdded } from '$lib/server/sharing/invite-or-add';
import { inviteToPlan } from '$lib/server/sharing/invite-to-plan';
import { nameKeyWorker } from '$lib/server/sharing/name-key-worker';
import { shareOutside } from '$lib/server/sharing/share-outside';
import { withdrawAccess } from '$lib/server/sharing/withdraw-access';
import { withdrawPlanInvitation } from '$lib/server/sharing/withdraw-plan-invitation';
import { linkState } from '$lib/server/tokens/link-token';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'share');
	const { planRow: plan, db } = ctx;
	const [grants, practitioners, invitations] = await Promise.all([
		listPlanGrants(db, plan.id),
		listPractitioners(db, plan.organisation_id),
		listPendingInvitations(db, plan.organisation_id)
	]);
	const granted = new Set(grants.map((grant) => grant.id));
	const at = now();
	return {
		child: ctx.document.child,
		planTitle: ctx.document.plan.title,
		grants: grants.map((grant) => ({
			id: grant.id,
			name: grant.name,
			email: grant.email,
			level: grant.level,
			staff: grant.organisation_id !== null && grant.disabled_at === null,
			keyWorker: grant.key_worker === 1,
			family: grant.organisation_id === null && grant.professional_role === null,
			outside:
				grant.professional_role === null
					? null
					: outsidePersonLabel({
							name: grant.name,
							professionalRole: grant.professional_role,
							professionalOrganisation: grant.professional_organisation
						})
		})),
		practitioners: practitioners.filter((practitioner) => !granted.has(practitioner.id)),
		anyPractitioners: practitioners.length > 0,
		invitations: invitations
			.filter((invitation) => invitation.plan_id === plan.id)
			.map((invitation) => ({
				id: invitation.id,
				name: outsidePersonLabel({
					name: invitation.name,
					professionalRole: invitation.professional_role,
					professionalOrganisation: invitation.professional_organisation
				}),
				email: invitation.email,
				level: invitation.plan_level,
				expiresAt: invitation.expires_at,
				expired: linkState({ used_at: null, expires_at: invitation.expires_at }, at) === 'expired'
			})),
		/** Invited to join the organisation as practitioners, not joined yet: the plan can be shared with them once they have. */
		joiningPractitioners: invitations
			.filter((invitation) => invitation.plan_id === null && invitation.role === 'practitioner')
			.map((invitation) => invitation.name),
		confirmWithdraw: event.url.searchParams.get('withdraw'),
		done: event.url.searchParams.get('done')
	};
};

const back = (planId: string, done: string) => `/plans/${planId}/share?done=${done}`;

/** Why an address cannot be shared with from outside, said by its field. */
const outsideRefusals = {
	'our-staff':
		'That email address belongs to a member of your organisation. Share the plan with them under "Share with a practitioner" instead.',
	'other-staff':
		'That email address belongs to a member of staff of another organisation on Golden Thread, whose account cannot be given your plans. Invite them with another email address, or ask an administrator to make them a member of your organisation.'
} as const;

/** An invitation made: its link, shown once; or, when the plan was added to their account, back to say so. */
function invitedAnswer(url: URL, planId: string, name: string, result: InvitedOrAdded) {
	if (result.kind === 'granted') redirect(303, back(planId, 'granted-existing'));
	return { invited: { name, link: `${url.origin}/invitations/${result.token}` } };
}

export const actions = {
	grant: async (event) => {
		const ctx = await openPlan(event, 'share');
		const data = await event.request.formData();
		const values = { ...formValues(data), form: 'grant' };
		const parsed = v.safeParse(grantSchema, formInput(data, grantSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await grantAccess(ctx, parsed.output);
		if (!result.ok) return invalid(400, { accountId: 'Select a practitioner from the list' }, values);
		redirect(303, back(ctx.planRow.id, 'granted'));
	},

	keyWorker: async (event) => {
		const ctx = await openPlan(event, 'share');
		const data = await event.request.formData();
		const values = { ...formValues(data), form: 'key-worker' };
		const parsed = v.safeParse(keyWorkerSchema, formInput(data, keyWorkerSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await nameKeyWorker(ctx, parsed.output);
		if (!result.ok) return invalid(400, { keyWorker: 'Select a member of staff the plan is shared with' }, values);
		redirect(303, back(ctx.planRow.id, 'key-worker'));
	},

	withdraw: async (event) => {
		const ctx = await openPlan(event, 'share');
		const parsed = v.safeParse(withdrawSchema, formInput(await event.request.formData(), withdrawSchema));
		if (!parsed.success) return invalid(400, { form: 'Choose whose access to withdraw' });
		const result = await withdrawAccess(ctx, parsed.output);
		if (!result.ok) return invalid(400, { form: 'That person no longer has access to this plan.' });
		redirect(303, back(ctx.planRow.id, 'withdrawn'));
	},

	invite: async (event) => {
		const ctx = await openPlan(event, 'share');
		const data = await event.request.formData();
		const values = { ...formValues(data), form: 'invite' };
		const parsed = v.safeParse(inviteToPlanSchema, formInput(data, inviteToPlanSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await inviteToPlan(ctx, parsed.output);
		if (!result.ok)
			return invalid(
				400,
				{
					email:
						'That email address belongs to a member of staff. Share the plan with them under "Share with a practitioner" instead.'
				},
				values
			);
		return invitedAnswer(event.url, ctx.planRow.id, parsed.output.name, result);
	},

	shareOutside: async (event) => {
		const ctx = await openPlan(event, 'share');
		const data = await event.request.formData();
		const values = { ...formValues(data), form: 'outside' };
		const parsed = v.safeParse(shareOutsideSchema, formInput(data, shareOutsideSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await shareOutside(ctx, parsed.output);
		if (!result.ok) return invalid(400, { outsideEmail: outsideRefusals[result.reason] }, values);
		return invitedAnswer(event.url, ctx.planRow.id, parsed.output.outsideName, result);
	},

	withdrawInvitation: async (event) => {
		const ctx = await openPlan(event, 'share');
		const parsed = v.safeParse(
			withdrawInvitationSchema,
			formInput(await event.request.formData(), withdrawInvitationSchema)
		);
		if (!parsed.success) return invalid(400, { form: 'Choose an invitation to withdraw' });
		const result = await withdrawPlanInvitation(ctx, parsed.output);
		if (!result.ok) return invalid(400, { form: 'That invitation has already been used or withdrawn.' });
		redirect(303, back(ctx.planRow.id, 'invitation-withdrawn'));
	}
} satisfies Actions;
