import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { startReviewSchema } from '$lib/forms/review';
import { today } from '$lib/server/clock/clock';
import { openReviewOf } from '$lib/server/db/reviews';
import { invalid } from '$lib/server/form-failure';
import { planSummary } from '$lib/server/plan-item-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import { startReview } from '$lib/server/reviews/start-review';
import type { Actions, PageServerLoad } from './$types';

/** Record a review: of the agreed version in force; one open review at a time (carry on with it). */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view');
	const { version, planRow } = ctx;
	const open = await openReviewOf(ctx.db, version.id);
	return {
		...planSummary(ctx),
		agreed: version.status === 'agreed' && planRow.archived_at === null,
		archived: planRow.archived_at !== null,
		versionNumber: version.number,
		canStart: ctx.actions.has('edit'),
		openReviewId: open?.id ?? null,
		today: today()
	};
};

export const actions = {
	start: async (event) => {
		const ctx = await openPlan(event, 'edit');
		const data = await event.request.formData();
		const values = formValues(data);
		const parsed = v.safeParse(startReviewSchema, formInput(data, startReviewSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await startReview(ctx, parsed.output);
		// A review already open is carried on with, wherever it was started.
		if (result.ok || result.reason === 'open') redirect(303, `/plans/${ctx.planRow.id}/reviews/${result.id}`);
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
