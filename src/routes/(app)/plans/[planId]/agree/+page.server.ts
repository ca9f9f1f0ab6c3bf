import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { agreeInput, agreeSchema } from '$lib/forms/agree';
import { formErrors } from '$lib/forms/form-errors';
import { roleLabels } from '$lib/plan/labels';
import { today } from '$lib/server/clock/clock';
import { database } from '$lib/server/db/app-database';
import { agreementOf, agreePlan } from '$lib/server/db/plan-agree';
import { planSummary } from '$lib/server/plan-item-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import { mendHref } from '$lib/thread-view';
import type { Finding } from '$lib/thread/finding';
import { ukDateTime } from './agreed-at';
import type { Actions, PageServerLoad } from './$types';

/**
 * Agree the plan: what agreeing means; the problems that stop it, if any; else who took part and the
 * button. Once agreed: who agreed it, when, and who took part.
 */
export const load: PageServerLoad = async (event) => {
	const plan = await openPlan(event, 'view');
	const { document } = plan;
	const rows = { version: plan.version, plan: plan.planRow };
	const summary = planSummary(plan);
	const planId = plan.planRow.id;
	const errors = plan.findings
		.filter((finding) => finding.severity === 'error')
		.map((finding: Finding) => ({
			...finding,
			href: summary.canEdit ? mendHref(planId, finding) : undefined
		}));
	const agreement = await agreementOf(database(), rows.version);
	return {
		...summary,
		versionId: rows.version.id,
		canAgree: plan.actions.has('agree') && !summary.frozen,
		errors,
		warningCount: plan.findings.length - errors.length,
		team: document.team.map((member) => ({ value: member.id, label: `${member.name} (${roleLabels[member.role]})` })),
		agreement: agreement
			? {
					by: agreement.by,
					at: ukDateTime(agreement.at),
					tookPart: agreement.tookPart.map((who) => `${who.name} (${roleLabels[who.role] ?? who.role})`)
				}
			: null,
		justAgreed: event.url.searchParams.has('agreed')
	};
};

export const actions = {
	agree: async (event) => {
		const plan = await openPlan(event, 'agree');
		const data = await event.request.formData();
		const input = agreeInput(data);
		const values = { tookPart: input.tookPart };
		const parsed = v.safeParse(agreeSchema, input);
		if (!parsed.success) return fail(400, { errors: formErrors(parsed.issues), values });

		const result = await agreePlan(database(), {
			planId: plan.planRow.id,
			versionId: parsed.output.versionId,
			accountId: plan.account.id,
			tookPart: parsed.output.tookPart,
			today: today(),
			ip: event.getClientAddress()
		});
		if (!result.ok) {
			switch (result.reason) {
				case 'errors':
					return fail(409, {
						errors: {
							form: 'The plan cannot be agreed: its thread has problems now that must be mended first. They are listed below.'
						},
						values
					});
				case 'unknown-members':
					return fail(400, {
						errors: {
							tookPart:
								'Select who took part from the plan’s team as it is now: the team has changed since this page was shown.'
						},
						values
					});
				case 'not-draft':
					return fail(409, {
						errors: {
							form: 'This version of the plan has already been agreed, or has changed since this page was shown. Its state is shown below.'
						},
						values
					});
				case 'not-found':
					return fail(404, { errors: { form: 'This plan no longer exists.' }, values });
			}
		}
		redirect(303, `/plans/${plan.planRow.id}/agree?agreed=1`);
	}
} satisfies Actions;
