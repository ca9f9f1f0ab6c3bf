import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { needSchema } from '$lib/forms/need';
import { areaOfNeedLabels } from '$lib/plan/labels';
import { saveNeed } from '$lib/server/plans/save-need';
import { openPlan } from '$lib/server/plans/plan-context';
import {
	answerItemSave,
	invalidItem,
	deleteAction,
	formId,
	formIds,
	formTarget,
	listedItems,
	moveAction,
	openItemPage
} from '$lib/server/plan-item-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, summary, state } = await openItemPage(event);
	const { document } = ctx;
	const needs = listedItems(ctx, 'need', document.needs).items;
	return {
		...summary,
		needs,
		aspirations: document.aspirations.map(({ id, text, voice }) => ({ id, text, voice })),
		state,
		editing: (summary.canEdit && needs.find((n) => n.id === state.editId)) || null,
		deleting: (summary.canEdit && needs.find((n) => n.id === state.deleteId)) || null
	};
};

export const actions = {
	save: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		const lists = { aspirationIds: formIds(data, 'aspirationIds') };
		const parsed = v.safeParse(needSchema, formInput(data, needSchema));
		if (!parsed.success) return invalidItem(400, formErrors(parsed.issues), values, { lists });
		const ctx = await openPlan(event, 'edit');
		const result = await saveNeed(ctx, formTarget(data), parsed.output, lists.aspirationIds);
		return answerItemSave(event, ctx, result, {
			noun: 'need',
			linkNoun: 'aspirations',
			linkField: 'aspirationIds',
			values,
			extra: { lists },
			theirs: ({ document }) => {
				const theirs = document.needs.find((n) => n.id === formId(data.get('id')));
				const quote = new Map(document.aspirations.map((a) => [a.id, `“${a.text}”`]));
				return [
					{ label: 'The need', value: theirs?.text },
					{ label: 'Area of need', value: theirs ? areaOfNeedLabels[theirs.area] : undefined },
					{
						label: 'Aspirations it stands in the way of',
						value: theirs?.aspirationIds.map((a) => quote.get(a) ?? a) ?? []
					}
				];
			}
		});
	},
	move: (event) => moveAction(event, ['need'], { groupOf: (data) => String((data as { area?: unknown }).area) }),
	delete: (event) => deleteAction(event, ['need'], 'need')
} satisfies Actions;
