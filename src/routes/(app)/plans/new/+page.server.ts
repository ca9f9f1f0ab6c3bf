import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { defaultPlanTitle, startPlanSchema } from '$lib/forms/start-plan';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, type PlanDocument } from '$lib/plan/document';
import { defaultReviewDate } from '$lib/plan/review-dates';
import type { Account } from '$lib/server/db/accounts';
import { recordAudit } from '$lib/server/db/record-audit';
import { today } from '$lib/server/clock/clock';
import { database } from '$lib/server/db/app-database';
import { insertPlanDocument } from '$lib/server/db/plan-create';
import { invalid } from '$lib/server/form-failure';
import type { Actions, PageServerLoad } from './$types';

/** Only coordinators and admins start plans; to anyone else this page does not exist. */
function requireStarter(account: Account | undefined): Account & { organisation_id: string } {
	if (!account || account.organisation_id === null || (account.role !== 'coordinator' && account.role !== 'admin'))
		error(404, 'Not found');
	return account as Account & { organisation_id: string };
}

export const load: PageServerLoad = async ({ locals }) => {
	requireStarter(locals.auth?.account);
	return { today: today() };
};

export const actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const account = requireStarter(locals.auth?.account);
		const on = today();
		const data = await request.formData();
		const values = formValues(data);
		const schema = startPlanSchema(on);
		const parsed = v.safeParse(schema, formInput(data, schema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const input = parsed.output;

		const document: PlanDocument = {
			format: PLAN_FORMAT,
			version: PLAN_FORMAT_VERSION,
			child: {
				firstName: input.firstName,
				lastName: input.lastName,
				...(input.knownAs ? { knownAs: input.knownAs } : {}),
				...(input.pronouns ? { pronouns: input.pronouns } : {}),
				...(input.setting ? { setting: input.setting } : {}),
				...(input.communication ? { communication: input.communication } : {}),
				dateOfBirth: input.dateOfBirth
			},
			plan: {
				title: input.title ?? defaultPlanTitle(input.firstName),
				kind: input.kind,
				status: 'draft',
				startDate: input.startDate,
				reviewDate: input.reviewDate ?? defaultReviewDate(input.startDate, input.dateOfBirth)
			},
			team: [],
			aspirations: [],
			needs: [],
			outcomes: [],
			provision: []
		};
		const created = await database()
			.transaction()
			.execute(async (trx) => {
				const plan = await insertPlanDocument(trx, {
					organisationId: account.organisation_id,
					accountId: account.id,
					document,
					today: on
				});
				await recordAudit(trx, {
					organisation_id: account.organisation_id,
					account_id: account.id,
					plan_id: plan.planId,
					action: 'plan.created',
					item: null,
					ip: getClientAddress()
				});
				return plan;
			});
		redirect(303, `/plans/${created.planId}`);
	}
} satisfies Actions;
