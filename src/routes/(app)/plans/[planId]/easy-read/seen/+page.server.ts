import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { seenHowLabels } from '$lib/easy-read/seen-how';
import { pronounsOf } from '$lib/plan/pronouns';
import { easyReadCheckSchema, planSeenSchema } from '$lib/forms/easy-read';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { today } from '$lib/server/clock/clock';
import { easyReadHistory } from '$lib/server/easy-read/easy-read-history';
import { recordEasyReadCheck, type EasyReadRecordResult } from '$lib/server/easy-read/record-easy-read-check';
import { recordPlanSeen } from '$lib/server/easy-read/record-plan-seen';
import { easyReadPage } from '$lib/server/easy-read/easy-read-page';
import { invalid } from '$lib/server/form-failure';
import { openPlan, type PlanContext } from '$lib/server/plans/plan-context';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * Who checked the Easy Read plan with the child (Inclusion Europe asks for a named checker), and each
 * time the child was shown their plan: how, and what they said. For those who may edit the plan.
 */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'edit');
	return {
		...easyReadPage(ctx),
		today: today(),
		...(await easyReadHistory(ctx.db, ctx.planRow.id, pronounsOf(ctx.document.child))),
		hows: Object.entries(seenHowLabels).map(([value, label]) => ({ value, label })),
		notice: event.url.searchParams.get('recorded')
	};
};

/** The words for a refused record, by reason. */
const refusals: Record<Exclude<EasyReadRecordResult, { ok: true }>['reason'], { status: number; message: string }> = {
	'not-allowed': { status: 403, message: 'You can read this plan, but not record this on it.' },
	closed: { status: 409, message: 'This plan has ended, so nothing more can be recorded on it.' }
};

/**
 * One of the page's two records: the form read by its schema (which knows today), refused by the field
 * with what was typed, else written by `write` and the page shown again saying so.
 */
async function record<Schema extends ReturnType<typeof easyReadCheckSchema> | ReturnType<typeof planSeenSchema>>(
	event: RequestEvent,
	schema: Schema,
	write: (ctx: PlanContext, input: v.InferOutput<Schema>) => Promise<EasyReadRecordResult>,
	notice: 'check' | 'seen'
) {
	const ctx = await openPlan(event, 'edit');
	const data = await event.request.formData();
	const parsed = v.safeParse(schema, formInput(data, schema));
	if (!parsed.success) return invalid(400, formErrors(parsed.issues), formValues(data));
	const result = await write(ctx, parsed.output);
	if (!result.ok) {
		const refusal = refusals[result.reason];
		return invalid(refusal.status, { form: refusal.message }, formValues(data));
	}
	redirect(303, `/plans/${ctx.planRow.id}/easy-read/seen?recorded=${notice}`);
}

export const actions = {
	check: (event) => record(event, easyReadCheckSchema(today()), recordEasyReadCheck, 'check'),
	seen: (event) => record(event, planSeenSchema(today()), recordPlanSeen, 'seen')
} satisfies Actions;
