import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { planNoteFormInput, planNoteSchema } from '$lib/forms/plan-note';
import { shownNote } from '$lib/server/notes/shown-note';
import { listPlanNotes } from '$lib/server/db/plan-notes';
import { calledBy, planHeader } from '$lib/server/db/plan-details';
import { invalid } from '$lib/server/form-failure';
import { addNote } from '$lib/server/notes/add-note';
import { withdrawNote, type WithdrawNoteResult } from '$lib/server/notes/withdraw-note';
import { formId } from '$lib/server/plan-item-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import type { Actions, PageServerLoad } from './$types';

/**
 * Notes between reviews: what's working and what's not, newest first, and for those who take part in
 * the plan (the family, and the team), the form to add one. They never change the plan, agreed or not.
 */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view');
	const childName = calledBy(ctx);
	const notes = (await listPlanNotes(ctx.db, ctx.planRow.id)).map((note) => shownNote(note, childName, ctx.account.id));
	const withdrawId = formId(event.url.searchParams.get('withdraw'));
	return {
		planId: ctx.planRow.id,
		child: ctx.document.child,
		calledBy: childName,
		header: planHeader(ctx),
		agreed: ctx.version.status === 'agreed',
		archived: ctx.planRow.archived_at !== null,
		canAdd: ctx.actions.has('contribute') && ctx.planRow.archived_at === null,
		notes,
		withdrawing: notes.find((note) => note.id === withdrawId && note.mayWithdraw) ?? null,
		added: event.url.searchParams.has('added'),
		withdrawn: event.url.searchParams.has('withdrawn')
	};
};

const withdrawRefusals: Record<Exclude<WithdrawNoteResult, { ok: true }>['reason'], string> = {
	'not-found': 'This note is no longer there: it may have been withdrawn already.',
	'not-yours': 'Only the person who wrote a note can withdraw it.',
	gathered: 'This note has been taken into a review, so it is part of that review’s record and cannot be withdrawn.'
};

export const actions = {
	add: async (event) => {
		const ctx = await openPlan(event, 'contribute');
		const data = await event.request.formData();
		const values = formValues(data);
		const parsed = v.safeParse(planNoteSchema, planNoteFormInput(data));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await addNote(ctx, parsed.output);
		if (!result.ok)
			return invalid(
				result.reason === 'closed' ? 409 : 403,
				{
					form:
						result.reason === 'closed'
							? 'This plan has ended, so no more notes can be added to it.'
							: 'You can read this plan, but not add notes to it.'
				},
				values
			);
		redirect(303, `/plans/${ctx.planRow.id}/notes?added=1`);
	},
	withdraw: async (event) => {
		const ctx = await openPlan(event, 'contribute');
		const id = formId((await event.request.formData()).get('id'));
		const result = id ? await withdrawNote(ctx, id) : ({ ok: false, reason: 'not-found' } as const);
		if (!result.ok) return invalid(409, { form: withdrawRefusals[result.reason] });
		redirect(303, `/plans/${ctx.planRow.id}/notes?withdrawn=1`);
	}
} satisfies Actions;
