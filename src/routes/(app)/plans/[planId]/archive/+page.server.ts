import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { archiveSchema } from '$lib/forms/archive';
import { formErrors } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { database } from '$lib/server/db/app-database';
import { archivePlan } from '$lib/server/db/plan-archive';
import { invalid } from '$lib/server/form-failure';
import { planSummary } from '$lib/server/plan-item-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import type { Actions, PageServerLoad } from './$types';

/** Archive the plan with a reason: coordinators and admins only (the 'share' action). */
export const load: PageServerLoad = async (event) => {
	const plan = await openPlan(event, 'view');
	const rows = { version: plan.version, plan: plan.planRow, child: plan.child };
	return {
		...planSummary(plan),
		archived: rows.plan.archived_at ? { at: rows.plan.archived_at, reason: rows.plan.archived_reason ?? '' } : null,
		canArchive: plan.actions.has('share'),
		justArchived: event.url.searchParams.has('archived')
	};
};

export const actions = {
	archive: async (event) => {
		const plan = await openPlan(event, 'share');
		const input = formInput(await event.request.formData(), archiveSchema);
		const parsed = v.safeParse(archiveSchema, input);
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), input);
		const result = await archivePlan(database(), {
			planId: plan.planRow.id,
			accountId: plan.account.id,
			reason: parsed.output.reason,
			ip: event.getClientAddress()
		});
		if (!result.ok && result.reason === 'not-found')
			return invalid(404, { form: 'This plan no longer exists.' }, input);
		redirect(303, `/plans/${plan.planRow.id}/archive?archived=1`);
	}
} satisfies Actions;
