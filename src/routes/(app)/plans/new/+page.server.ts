import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { startPlanSchema } from '$lib/forms/start-plan';
import { today } from '$lib/server/clock/clock';
import { invalid } from '$lib/server/form-failure';
import { openPlanStarter } from '$lib/server/plans/account-context';
import { startPlan } from '$lib/server/plans/start-plan';
import type { Actions, PageServerLoad } from './$types';

/** Only coordinators and admins start plans; to anyone else this page does not exist. */
export const load: PageServerLoad = async (event) => {
	openPlanStarter(event);
	return { today: today() };
};

export const actions = {
	default: async (event) => {
		const ctx = openPlanStarter(event);
		const on = today();
		const data = await event.request.formData();
		const schema = startPlanSchema(on);
		const parsed = v.safeParse(schema, formInput(data, schema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), formValues(data));
		const result = await startPlan(ctx, parsed.output, on);
		redirect(303, `/plans/${result.planId}`);
	}
} satisfies Actions;
