import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { needSchema } from '$lib/forms/need';
import { areaOfNeedLabels } from '$lib/plan/labels';
import { saveItem } from '$lib/server/db/plan-items';
import { openPlan } from '$lib/server/plan-context';
import {
	accepted,
	deleteAction,
	findingsFor,
	formId,
	formIds,
	formRevision,
	moveAction,
	pageState,
	planSummary,
	refuse,
	saveAction
} from '$lib/server/plan-item-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const plan = await openPlan(event, 'view');
	const { document, revisions } = plan.loaded;
	const { byItem } = findingsFor(plan, 'need');
	const state = pageState(event.url);
	const needs = document.needs.map((need) => ({
		...need,
		revision: revisions[need.id] ?? 0,
		findings: byItem[need.id] ?? []
	}));
	const summary = planSummary(plan);
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
		const id = formId(data.get('id'));
		const revision = formRevision(data.get('revision'));
		const parsed = v.safeParse(needSchema, formInput(data, needSchema));
		if (!parsed.success) return refuse(400, { errors: formErrors(parsed.issues), values, lists });
		const input = parsed.output;
		return saveAction(event, {
			kind: 'need',
			noun: 'need',
			linkNoun: 'aspirations',
			linkField: 'aspirationIds',
			action: 'edit',
			id,
			failure: { values, lists },
			write: async (trx, plan) => {
				const write = {
					versionId: plan.loaded.rows.version.id,
					kind: 'need' as const,
					data: { text: input.text, area: input.area },
					links: { aspiration: lists.aspirationIds },
					accountId: plan.account.id
				};
				return accepted(await saveItem(trx, id ? { ...write, id, expectedRevision: revision ?? -1 } : write));
			},
			theirs: (plan, itemId) => {
				const theirs = plan.loaded.document.needs.find((n) => n.id === itemId);
				const quote = new Map(plan.loaded.document.aspirations.map((a) => [a.id, `“${a.text}”`]));
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
	move: (event) => moveAction(event, 'need', (data) => String((data as { area?: unknown }).area)),
	delete: (event) => deleteAction(event, 'need', 'need')
} satisfies Actions;
