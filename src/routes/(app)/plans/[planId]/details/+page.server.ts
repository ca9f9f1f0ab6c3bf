import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { childDetailsSchema } from '$lib/forms/child-details';
import { familyLanguageOptions } from '$lib/family-language';
import { familyLanguageSchema, familyLanguageShown } from '$lib/forms/family-language';
import { setFamilyLanguage } from '$lib/server/family-language/set-family-language';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { planDetailsSchema } from '$lib/forms/plan-details';
import { today } from '$lib/server/clock/clock';
import { calledBy, planHeader } from '$lib/server/db/plan-details';
import { invalid } from '$lib/server/form-failure';
import { openPlan } from '$lib/server/plans/plan-context';
import { changeChildDetails, changePlanDetails, type DetailsSaveResult } from '$lib/server/plans/save-details';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view');
	const { document, frozen } = ctx;
	const canEdit = !frozen && ctx.actions.has('edit');
	const edit = event.url.searchParams.get('edit');
	// The family's language is the child's, not the plan's: it may change after the plan is agreed.
	const canRecordLanguage = ctx.actions.has('edit');
	return {
		planId: ctx.planRow.id,
		header: planHeader(ctx),
		calledBy: calledBy(ctx),
		child: document.child,
		details: document.plan,
		revision: ctx.version.revision,
		findings: ctx.findings.filter(
			(f) => f.subject.kind === 'child' || ['review-date-missing', 'review-too-far', 'review-overdue'].includes(f.rule)
		),
		canEdit,
		frozen,
		editing:
			canEdit && (edit === 'child' || edit === 'plan') ? edit : canRecordLanguage && edit === 'language' ? edit : null,
		canRecordLanguage,
		language: {
			code: ctx.child.family_language ?? '',
			needsInterpreter: ctx.child.needs_interpreter === 1 ? 'yes' : 'no',
			shown: familyLanguageShown(ctx.child)
		},
		languageOptions: familyLanguageOptions(),
		saved: event.url.searchParams.get('saved')
	};
};

const staleMessage = (what: string) =>
	`Someone else changed ${what} while you were editing. What they saved is shown below; your changes are still in the form: check them and save again.`;

/** Answers a details write: back to the page, or the form again with what was typed kept. */
function answer(
	event: { url: URL },
	result: DetailsSaveResult,
	form: 'child' | 'plan',
	what: string,
	values: Record<string, string>
) {
	if (result.ok) redirect(303, `${event.url.pathname}?saved=${form}`);
	switch (result.reason) {
		case 'stale':
			return invalid(
				409,
				{ form: staleMessage(what) },
				{ ...values, revision: String(result.currentRevision) },
				{ form, stale: true }
			);
		case 'frozen':
			return invalid(
				409,
				{ form: 'This plan has been agreed, so it cannot be changed. Changes come through a review.' },
				values,
				{ form, stale: false }
			);
		case 'not-found':
			return invalid(404, { form: 'This plan could not be found.' }, values, { form, stale: false });
	}
}

export const actions = {
	language: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		const parsed = v.safeParse(familyLanguageSchema, formInput(data, familyLanguageSchema));
		if (!parsed.success)
			return invalid(400, formErrors(parsed.issues), values, { form: 'language' as const, stale: false });
		const ctx = await openPlan(event, 'edit');
		const result = await setFamilyLanguage(ctx, parsed.output);
		if (result.ok) redirect(303, `${event.url.pathname}?saved=language`);
		if (result.reason === 'stale')
			return invalid(
				409,
				{ form: staleMessage('the family’s language') },
				{ ...values, shown: result.current.shown },
				{ form: 'language' as const, stale: true }
			);
		return invalid(403, { form: 'Only staff who may change the plan can record the family’s language.' }, values, {
			form: 'language' as const,
			stale: false
		});
	},
	child: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		const schema = childDetailsSchema(today());
		const parsed = v.safeParse(schema, formInput(data, schema));
		if (!parsed.success)
			return invalid(400, formErrors(parsed.issues), values, { form: 'child' as const, stale: false });
		const ctx = await openPlan(event, 'edit');
		return answer(event, await changeChildDetails(ctx, parsed.output), 'child', 'the child’s details', values);
	},
	plan: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		const parsed = v.safeParse(planDetailsSchema, formInput(data, planDetailsSchema));
		if (!parsed.success)
			return invalid(400, formErrors(parsed.issues), values, { form: 'plan' as const, stale: false });
		const ctx = await openPlan(event, 'edit');
		return answer(event, await changePlanDetails(ctx, parsed.output), 'plan', 'the plan’s details', values);
	}
} satisfies Actions;
