import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { grantSchema, inviteToPlanSchema, withdrawInvitationSchema, withdrawSchema } from '$lib/forms/share';
import { recordAudit } from '$lib/server/db/record-audit';
import { now } from '$lib/server/clock/clock';
import { findAccountByEmail } from '$lib/server/db/accounts';
import { database } from '$lib/server/db/app-database';
import {
	createInvitation,
	invitationState,
	listPendingInvitations,
	withdrawInvitation
} from '$lib/server/db/invitations';
import { grantPlanAccess, listPlanGrants, withdrawPlanAccess } from '$lib/server/db/plan-access';
import { invalid } from '$lib/server/form-failure';
import { openPlan } from '$lib/server/plans/plan-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'share');
	const { planRow: plan } = ctx;
	const loaded = ctx;
	const db = database();
	const [grants, members, invitations] = await Promise.all([
		listPlanGrants(db, plan.id),
		db
			.selectFrom('account')
			.select(['id', 'name', 'email'])
			.where('organisation_id', '=', plan.organisation_id)
			.where('role', '=', 'practitioner')
			.where('disabled_at', 'is', null)
			.orderBy('name')
			.execute(),
		listPendingInvitations(db, plan.organisation_id, plan.id)
	]);
	const granted = new Set(grants.map((grant) => grant.id));
	const at = now();
	return {
		child: loaded.document.child,
		planTitle: loaded.document.plan.title,
		grants: grants.map(({ id, name, email, level, organisation_id }) => ({
			id,
			name,
			email,
			level,
			family: organisation_id === null
		})),
		practitioners: members.filter((member) => !granted.has(member.id)),
		invitations: invitations.map((invitation) => ({
			id: invitation.id,
			name: invitation.name,
			email: invitation.email,
			level: invitation.plan_level,
			expiresAt: invitation.expires_at,
			expired:
				invitationState({ used_at: null, withdrawn_at: null, expires_at: invitation.expires_at }, at) === 'expired'
		})),
		confirmWithdraw: event.url.searchParams.get('withdraw'),
		done: event.url.searchParams.get('done')
	};
};

const back = (planId: string, done: string) => `/plans/${planId}/share?done=${done}`;

export const actions = {
	grant: async (event) => {
		const ctx = await openPlan(event, 'share');
		const { planRow: plan, account } = ctx;
		const data = await event.request.formData();
		const parsed = v.safeParse(grantSchema, formInput(data, grantSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), { ...formValues(data), form: 'grant' });
		const db = database();
		const practitioner = await db
			.selectFrom('account')
			.select('id')
			.where('id', '=', parsed.output.accountId)
			.where('organisation_id', '=', plan.organisation_id)
			.where('role', '=', 'practitioner')
			.where('disabled_at', 'is', null)
			.executeTakeFirst();
		if (!practitioner)
			return invalid(400, { accountId: 'Select a practitioner from the list' }, { ...formValues(data), form: 'grant' });
		await db.transaction().execute(async (trx) => {
			await grantPlanAccess(trx, plan.id, practitioner.id, parsed.output.level, account.id);
			await recordAudit(trx, {
				organisation_id: plan.organisation_id,
				account_id: account.id,
				plan_id: plan.id,
				action: 'access.granted',
				item: `account:${practitioner.id}:${parsed.output.level}`,
				ip: event.getClientAddress()
			});
		});
		redirect(303, back(plan.id, 'granted'));
	},

	withdraw: async (event) => {
		const ctx = await openPlan(event, 'share');
		const { planRow: plan, account } = ctx;
		const parsed = v.safeParse(withdrawSchema, formInput(await event.request.formData(), withdrawSchema));
		if (!parsed.success) return invalid(400, { form: 'Choose whose access to withdraw' });
		const db = database();
		const withdrawn = await db.transaction().execute(async (trx) => {
			if (!(await withdrawPlanAccess(trx, plan.id, parsed.output.accountId))) return false;
			await recordAudit(trx, {
				organisation_id: plan.organisation_id,
				account_id: account.id,
				plan_id: plan.id,
				action: 'access.withdrawn',
				item: `account:${parsed.output.accountId}`,
				ip: event.getClientAddress()
			});
			return true;
		});
		if (!withdrawn) return invalid(400, { form: 'That person no longer has access to this plan.' });
		redirect(303, back(plan.id, 'withdrawn'));
	},

	invite: async (event) => {
		const ctx = await openPlan(event, 'share');
		const { planRow: plan, account } = ctx;
		const loaded = ctx;
		const data = await event.request.formData();
		const values = { ...formValues(data), form: 'invite' };
		const parsed = v.safeParse(inviteToPlanSchema, formInput(data, inviteToPlanSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const input = parsed.output;
		const db = database();
		const existing = await findAccountByEmail(db, input.email);
		if (existing && existing.organisation_id !== null) {
			return invalid(
				400,
				{
					email:
						'That email address belongs to a member of staff. Share the plan with them under "Share with a practitioner" instead.'
				},
				values
			);
		}
		if (existing) {
			// A family member who already has an account (for a brother's or sister's plan): no new link needed.
			await db.transaction().execute(async (trx) => {
				await grantPlanAccess(trx, plan.id, existing.id, input.familyLevel, account.id);
				await recordAudit(trx, {
					organisation_id: plan.organisation_id,
					account_id: account.id,
					plan_id: plan.id,
					action: 'access.granted',
					item: `account:${existing.id}:${input.familyLevel}`,
					ip: event.getClientAddress()
				});
			});
			redirect(303, back(plan.id, 'granted-existing'));
		}
		const invitation = await db.transaction().execute(async (trx) => {
			const made = await createInvitation(trx, {
				organisationId: plan.organisation_id,
				invitedBy: account.id,
				name: input.name,
				email: input.email,
				plan: { id: plan.id, level: input.familyLevel }
			});
			await recordAudit(trx, {
				organisation_id: plan.organisation_id,
				account_id: account.id,
				plan_id: plan.id,
				action: 'invitation.made',
				item: `invitation:${made.id}`,
				ip: event.getClientAddress()
			});
			return made;
		});
		return {
			invited: {
				name: input.name,
				link: `${event.url.origin}/invitations/${invitation.token}`,
				child: loaded.document.child.knownAs ?? loaded.document.child.firstName
			}
		};
	},

	withdrawInvitation: async (event) => {
		const ctx = await openPlan(event, 'share');
		const { planRow: plan, account } = ctx;
		const parsed = v.safeParse(
			withdrawInvitationSchema,
			formInput(await event.request.formData(), withdrawInvitationSchema)
		);
		if (!parsed.success) return invalid(400, { form: 'Choose an invitation to withdraw' });
		const db = database();
		const pending = await db
			.selectFrom('invitation')
			.select('id')
			.where('id', '=', parsed.output.invitationId)
			.where('plan_id', '=', plan.id)
			.executeTakeFirst();
		const withdrawn =
			pending &&
			(await db.transaction().execute(async (trx) => {
				if (!(await withdrawInvitation(trx, plan.organisation_id, pending.id))) return false;
				await recordAudit(trx, {
					organisation_id: plan.organisation_id,
					account_id: account.id,
					plan_id: plan.id,
					action: 'invitation.withdrawn',
					item: `invitation:${pending.id}`,
					ip: event.getClientAddress()
				});
				return true;
			}));
		if (!withdrawn) return invalid(400, { form: 'That invitation has already been used or withdrawn.' });
		redirect(303, back(plan.id, 'invitation-withdrawn'));
	}
} satisfies Actions;
