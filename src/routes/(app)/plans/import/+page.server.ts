import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { today } from '$lib/server/clock/clock';
import { database } from '$lib/server/db/app-database';
import { importCheckAnswer, importConfirmAnswer } from '$lib/server/interchange/import-form';
import type { Actions, PageServerLoad } from './$types';

/** Only coordinators and admins bring plans in; anyone else gets the same 404 as a page that is not there. */
function coordinator(event: Pick<RequestEvent, 'locals'>) {
	const account = event.locals.auth?.account;
	if (!account?.organisation_id || (account.role !== 'coordinator' && account.role !== 'admin'))
		error(404, 'Not found');
	return { ...account, organisation_id: account.organisation_id };
}

export const load: PageServerLoad = async (event) => {
	coordinator(event);
	return {};
};

export const actions = {
	check: async (event) => {
		const account = coordinator(event);
		const answer = await importCheckAnswer(database(), {
			organisationId: account.organisation_id,
			request: event.request,
			today: today()
		});
		if (answer.status === 303) redirect(303, `/plans/${answer.planId}`);
		return answer.status === 200 ? answer.body : fail(answer.status, answer.body);
	},
	confirm: async (event) => {
		const account = coordinator(event);
		const answer = await importConfirmAnswer(database(), {
			organisationId: account.organisation_id,
			accountId: account.id,
			ip: event.getClientAddress(),
			request: event.request,
			today: today()
		});
		if (answer.status === 303) redirect(303, `/plans/${answer.planId}`);
		return answer.status === 200 ? answer.body : fail(answer.status, answer.body);
	}
} satisfies Actions;
