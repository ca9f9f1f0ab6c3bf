import * as v from 'valibot';
import { aspirationSchema } from '$lib/forms/aspiration';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { familyVoices, voiceOrder } from '$lib/plan/voices';
import { voiceLabels } from '$lib/plan/labels';
import { openPlan } from '$lib/server/plans/plan-context';
import { saveAspiration } from '$lib/server/plans/save-aspiration';
import {
	answerItemSave,
	invalidItem,
	deleteAction,
	formId,
	formTarget,
	listedItems,
	moveAction,
	openItemPage
} from '$lib/server/plan-item-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, summary, state } = await openItemPage(event);
	const listed = listedItems(ctx, 'aspiration', ctx.document.aspirations, ['no-aspirations', 'no-child-voice']);
	const { planWide } = listed;
	const aspirations = listed.items.map((aspiration) => ({
		...aspiration,
		/** Whether this person may change it: editors any, the family only their own voices. */
		mayChange: summary.canEdit || (summary.canContribute && familyVoices.includes(aspiration.voice))
	}));
	// The child's voice first, then parents' and carers', then professionals'; in plan order within each.
	aspirations.sort((a, b) => voiceOrder.indexOf(a.voice) - voiceOrder.indexOf(b.voice));
	const editing = state.editId ? aspirations.find((a) => a.id === state.editId && a.mayChange) : undefined;
	const deleting = state.deleteId && summary.canEdit ? aspirations.find((a) => a.id === state.deleteId) : undefined;
	return { ...summary, aspirations, planWide, state, editing: editing ?? null, deleting: deleting ?? null };
};

export const actions = {
	save: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		const parsed = v.safeParse(aspirationSchema, formInput(data, aspirationSchema));
		if (!parsed.success) return invalidItem(400, formErrors(parsed.issues), values);
		// Editors may write any voice; the family only their own. The page offers the family only those.
		const ctx = await openPlan(event, familyVoices.includes(parsed.output.voice) ? 'contribute' : 'edit');
		const result = await saveAspiration(ctx, formTarget(data), parsed.output);
		return answerItemSave(event, ctx, result, {
			noun: 'aspiration',
			linkNoun: 'aspirations',
			linkField: 'text',
			values,
			theirs: ({ document }) => {
				const theirs = document.aspirations.find((a) => a.id === formId(data.get('id')));
				return [
					{ label: 'Aspiration', value: theirs?.text },
					{ label: 'Whose words', value: theirs ? voiceLabels[theirs.voice] : undefined }
				];
			}
		});
	},
	move: (event) =>
		moveAction(event, ['aspiration'], {
			groupOf: (data) => String((data as { voice?: unknown }).voice)
		}),
	delete: (event) => deleteAction(event, ['aspiration'], 'aspiration')
} satisfies Actions;
