import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { grantSchema, inviteToPlanSchema, withdrawInvitationSchema, withdrawSchema } from '$lib/forms/share';
import { now } from '$lib/server/clock/clock';
import { listPendingInvitations } from '$lib/server/db/invitations';
import { listPlanGrants } from '$lib/server/db/plan-access';
import { calledBy } from '$lib/server/db/plan-details';
import { listPractitioners } from '$lib/server/db/practitioners';
import { invalid } from '$lib/server/form-failure';
import { openPlan } from '$lib/server/plans/plan-context';
import { grantAccess } from '$lib/server/sharing/grant-access';
import { inviteToPlan } from '$lib/server/sharing/invite-to-plan';
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
		listPendingInvitations(db, plan.organisation_id, plan.id)
	]);
	const granted = new Set(grants.map((grant) => grant.id));
	const at = now();
	return {
		child: ctx.document.child,
		planTitle: ctx.document.plan.title,
		grants: grants.map(({ id, name, email, level, organisation_id }) => ({
			id,
			name,
			email,
			level,
			family: organisation_id === null
		})),
		practitioners: practitioners.filter((practitioner) => !granted.has(practitioner.id)),
		invitations: invitations.map((invitation) => ({
			id: invitation.id,
			name: invitation.name,
			email: invitation.email,
			level: invitation.plan_level,
			expiresAt: invitation.expires_at,
			expired: linkState({ used_at: null, expires_at: invitation.expires_at }, at) === 'expired'
		})),
		confirmWithdraw: event.url.searchParams.get('withdraw'),
		done: event.url.searchParams.get('done')
	};
};

const back = (planId: string, done: string) => `/plans/${planId}/share?done=${done}`;

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
		if (result.kind === 'granted') redirect(303, back(ctx.planRow.id, 'granted-existing'));
		return {
			invited: {
				name: parsed.output.name,
				link: `${event.url.origin}/invitations/${result.token}`,
				child: calledBy(ctx)
			}
		};
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
