import { needSchema } from '$lib/forms/need';
import { areaOfNeedLabels } from '$lib/plan/labels';
import { saveNeed } from '$lib/server/plans/save-need';
import { deleteAction, listedItems, moveAction, openItemPage, saveAction } from '$lib/server/plan-item-actions';
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
	save: (event) =>
		saveAction(event, {
			schema: needSchema,
			lists: ['aspirationIds'],
			access: 'edit',
			save: (ctx, target, input, lists) => saveNeed(ctx, target, input, lists.aspirationIds),
			noun: 'need',
			linkNoun: 'aspirations',
			linkField: 'aspirationIds',
			theirs: ({ document }, id) => {
				const theirs = document.needs.find((n) => n.id === id);
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
		}),
	move: (event) => moveAction(event, ['need'], { groupOf: (data) => String((data as { area?: unknown }).area) }),
	delete: (event) => deleteAction(event, ['need'], 'need')
} satisfies Actions;
