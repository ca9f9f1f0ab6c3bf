import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { ukDateTimeOf } from '$lib/dates/format-timestamp';
import { agreeInput, agreeSchema } from '$lib/forms/agree';
import { formErrors } from '$lib/forms/form-errors';
import { personLabel } from '$lib/plan/person-label';
import { agreementOf } from '$lib/server/db/plan-agree';
import { invalid } from '$lib/server/form-failure';
import { planSummary } from '$lib/server/plan-item-actions';
import { agreePlan, type AgreeResult } from '$lib/server/plans/agree-plan';
import { openPlan } from '$lib/server/plans/plan-context';
import { mendHref } from '$lib/thread-view';
import type { Actions, PageServerLoad } from './$types';

/**
 * Agree the plan: what agreeing means; the problems that stop it, if any; else who took part and the
 * button. Once agreed: who agreed it, when, and who took part.
 */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view');
	const summary = planSummary(ctx);
	const errors = ctx.findings
		.filter((finding) => finding.severity === 'error')
		.map((finding) => ({ ...finding, href: summary.canEdit ? mendHref(ctx.planRow.id, finding) : undefined }));
	const agreement = await agreementOf(ctx.db, ctx.version);
	return {
		...summary,
		versionId: ctx.version.id,
		canAgree: ctx.actions.has('agree') && !summary.frozen,
		errors,
		warningCount: ctx.findings.length - errors.length,
		team: ctx.document.team.map((member) => ({ value: member.id, label: personLabel(member) })),
		agreement: agreement
			? { by: agreement.by, at: ukDateTimeOf(agreement.at), tookPart: agreement.tookPart.map(personLabel) }
			: null,
		justAgreed: event.url.searchParams.has('agreed')
	};
};

/** How each refusal is answered: its status, the field its message is shown by, and the message. */
const refusals: Record<
	Exclude<AgreeResult, { ok: true }>['reason'],
	{ status: number; field: 'form' | 'tookPart'; message: string }
> = {
	errors: {
		status: 409,
		field: 'form',
		message: 'The plan cannot be agreed: its thread has problems now that must be mended first. They are listed below.'
	},
	'unknown-members': {
		status: 400,
		field: 'tookPart',
		message: 'Select who took part from the plan’s team as it is now: the team has changed since this page was shown.'
	},
	'not-draft': {
		status: 409,
		field: 'form',
		message:
			'This version of the plan has already been agreed, or has changed since this page was shown. Its state is shown below.'
	},
	stale: {
		status: 409,
		field: 'form',
		message:
			'Someone changed the plan while you were agreeing it, so it was not agreed. Check the plan as it is now, then agree it again.'
	},
	'not-found': { status: 404, field: 'form', message: 'This plan no longer exists.' }
};

export const actions = {
	agree: async (event) => {
		const ctx = await openPlan(event, 'agree');
		const input = agreeInput(await event.request.formData());
		// The boxes ticked, to tick them again when the form is refused.
		const ticked = { tookPart: input.tookPart };
		const parsed = v.safeParse(agreeSchema, input);
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), {}, ticked);
		const result = await agreePlan(ctx, parsed.output);
		if (result.ok) redirect(303, `/plans/${ctx.planRow.id}/agree?agreed=1`);
		const refusal = refusals[result.reason];
		return invalid(refusal.status, { [refusal.field]: refusal.message }, {}, ticked);
	}
} satisfies Actions;
