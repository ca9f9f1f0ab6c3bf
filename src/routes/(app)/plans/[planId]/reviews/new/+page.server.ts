import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors } from '$lib/forms/form-errors';
import { startReviewSchema } from '$lib/forms/review';
import { today } from '$lib/server/clock/clock';
import { database } from '$lib/server/db/app-database';
import { openReviewOf, startReview } from '$lib/server/db/reviews';
import { invalid } from '$lib/server/form-failure';
import { planSummary } from '$lib/server/plan-item-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import type { Actions, PageServerLoad } from './$types';

/** Record a review: of the agreed version in force; one open review at a time (carry on with it). */
export const load: PageServerLoad = async (event) => {
	const plan = await openPlan(event, 'view');
	const rows = { version: plan.version, plan: plan.planRow, child: plan.child };
	const open = await openReviewOf(database(), rows.version.id);
	return {
		...planSummary(plan),
		agreed: rows.version.status === 'agreed' && rows.plan.archived_at === null,
		archived: rows.plan.archived_at !== null,
		versionNumber: rows.version.number,
		canStart: plan.actions.has('edit'),
		openReviewId: open?.id ?? null,
		today: today()
	};
};

export const actions = {
	start: async (event) => {
		const plan = await openPlan(event, 'edit');
		const data = await event.request.formData();
		const date = data.get('date');
		const values = { date: typeof date === 'string' ? date : '' };
		const parsed = v.safeParse(startReviewSchema, values);
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await startReview(database(), {
			planId: plan.planRow.id,
			accountId: plan.account.id,
			ip: event.getClientAddress(),
			date: parsed.output.date
		});
		if (result.ok || result.reason === 'open')
			redirect(303, `/plans/${plan.planRow.id}/reviews/${result.ok ? result.id : result.id}`);
		return invalid(
			409,
			{
				form:
					result.reason === 'not-agreed'
						? 'Only an agreed plan can be reviewed. Agree the plan first.'
						: 'This plan no longer exists.'
			},
			values
		);
	}
} satisfies Actions;
