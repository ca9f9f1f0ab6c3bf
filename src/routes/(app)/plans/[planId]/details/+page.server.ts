import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { childDetailsSchema } from '$lib/forms/child-details';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { planDetailsSchema } from '$lib/forms/plan-details';
import { today } from '$lib/server/clock';
import {
	calledBy,
	planHeader,
	saveChildDetails,
	savePlanDetails,
	type DetailsWrite
} from '$lib/server/db/plan-details';
import { isFrozen, openPlan } from '$lib/server/plan-context';
import { tryChange } from '$lib/server/plan-item-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const plan = await openPlan(event, 'view');
	const { document, rows } = plan.loaded;
	const frozen = isFrozen(plan.loaded);
	const canEdit = !frozen && plan.actions.has('edit');
	const edit = event.url.searchParams.get('edit');
	return {
		planId: plan.plan.id,
		header: planHeader(plan.loaded),
		calledBy: calledBy(plan.loaded),
		child: document.child,
		details: document.plan,
		revision: rows.version.revision,
		findings: plan.findings.filter(
			(f) => f.subject.kind === 'child' || ['review-date-missing', 'review-too-far', 'review-overdue'].includes(f.rule)
		),
		canEdit,
		frozen,
		editing: canEdit && (edit === 'child' || edit === 'plan') ? edit : null,
		saved: event.url.searchParams.get('saved')
	};
};

const staleMessage = (what: string) =>
	`Someone else changed ${what} while you were editing. What they saved is shown below; your changes are still in the form: check them and save again.`;

/** Turns a refused details write into the page's answer, keeping what was typed. */
function refused(
	result: Exclude<DetailsWrite, { ok: true }>,
	form: 'child' | 'plan',
	what: string,
	values: Record<string, string>
) {
	if (result.reason === 'stale')
		return fail(409, {
			form,
			errors: { form: staleMessage(what) },
			values: { ...values, revision: String(result.currentRevision) } as Record<string, string>,
			stale: true
		});
	return fail(404, { form, errors: { form: 'This plan could not be found.' }, values, stale: false });
}

export const actions = {
	child: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		const schema = childDetailsSchema(today());
		const parsed = v.safeParse(schema, formInput(data, schema));
		if (!parsed.success)
			return fail(400, { form: 'child' as const, errors: formErrors(parsed.issues), values, stale: false });
		const input = parsed.output;
		const changed = await tryChange(event, 'edit', 'child', (trx, plan) =>
			saveChildDetails(trx, {
				childId: plan.loaded.rows.child.id,
				versionId: plan.loaded.rows.version.id,
				expectedRevision: input.revision,
				child: input
			})
		);
		if (!changed.ok)
			return fail(409, { form: 'child' as const, errors: { form: changed.message }, values, stale: false });
		if (!changed.value.ok) return refused(changed.value, 'child', 'the child’s details', values);
		redirect(303, `${event.url.pathname}?saved=child`);
	},
	plan: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		const parsed = v.safeParse(planDetailsSchema, formInput(data, planDetailsSchema));
		if (!parsed.success)
			return fail(400, { form: 'plan' as const, errors: formErrors(parsed.issues), values, stale: false });
		const input = parsed.output;
		const changed = await tryChange(event, 'edit', 'plan', (trx, plan) =>
			savePlanDetails(trx, { versionId: plan.loaded.rows.version.id, expectedRevision: input.revision, plan: input })
		);
		if (!changed.ok)
			return fail(409, { form: 'plan' as const, errors: { form: changed.message }, values, stale: false });
		if (!changed.value.ok) return refused(changed.value, 'plan', 'the plan’s details', values);
		redirect(303, `${event.url.pathname}?saved=plan`);
	}
} satisfies Actions;
