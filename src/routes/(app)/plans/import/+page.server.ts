import { redirect } from '@sveltejs/kit';
import { today } from '$lib/server/clock/clock';
import { invalid } from '$lib/server/form-failure';
import { importCheckAnswer, importConfirmAnswer, type ImportFormAnswer } from '$lib/server/interchange/import-form';
import { openPlanStarter } from '$lib/server/plans/account-context';
import type { Actions, PageServerLoad } from './$types';

/** Only coordinators and admins bring plans in; anyone else gets the same 404 as a page that is not there. */
export const load: PageServerLoad = async (event) => {
	openPlanStarter(event);
	return {};
};

/** Answers a step of the import: the new plan, the preview, or the refusal with its status. */
function answer(result: ImportFormAnswer) {
	if (result.status === 303) redirect(303, `/plans/${result.planId}`);
	if (result.status === 200) return result.body;
	const { errors, values, ...extra } = result.body;
	return invalid(result.status, errors, values, extra);
}

export const actions = {
	check: async (event) =>
		answer(await importCheckAnswer(openPlanStarter(event), { request: event.request, today: today() })),
	confirm: async (event) =>
		answer(await importConfirmAnswer(openPlanStarter(event), { request: event.request, today: today() }))
} satisfies Actions;
