import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { archiveSchema } from '$lib/forms/archive';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { invalid } from '$lib/server/form-failure';
import { planSummary } from '$lib/server/plan-item-actions';
import { archivePlan } from '$lib/server/plans/archive-plan';
import { openPlan } from '$lib/server/plans/plan-context';
import type { Actions, PageServerLoad } from './$types';

/** Archive the plan with a reason: coordinators and admins only (the 'share' action). */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view');
	const { planRow } = ctx;
	return {
		...planSummary(ctx),
		archived: planRow.archived_at ? { at: planRow.archived_at, reason: planRow.archived_reason ?? '' } : null,
		canArchive: ctx.actions.has('share'),
		justArchived: event.url.searchParams.has('archived')
	};
};

export const actions = {
	archive: async (event) => {
		const ctx = await openPlan(event, 'share');
		const data = await event.request.formData();
		const input = formValues(data);
		const parsed = v.safeParse(archiveSchema, formInput(data, archiveSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), input);
		const result = await archivePlan(ctx, parsed.output);
		if (!result.ok && result.reason === 'not-found')
			return invalid(404, { form: 'This plan no longer exists.' }, input);
		// Archived by this form, or by someone else first: either way the page shows it archived.
		redirect(303, `/plans/${ctx.planRow.id}/archive?archived=1`);
	}
} satisfies Actions;
