import * as v from 'valibot';
import { aspirationSchema } from '$lib/forms/aspiration';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import type { Voice } from '$lib/plan/document';
import { voiceLabels } from '$lib/plan/labels';
import { saveItem } from '$lib/server/db/plan-items';
import { openPlan } from '$lib/server/plan-context';
import {
	accepted,
	deleteAction,
	findingsFor,
	formId,
	formRevision,
	moveAction,
	pageState,
	planSummary,
	refuse,
	Refused,
	saveAction
} from '$lib/server/plan-item-actions';
import type { Actions, PageServerLoad } from './$types';

/** Family members (contributors) may write only in their own voices. */
const familyVoices: readonly Voice[] = ['child', 'parent-carer'];
const voiceOrder: readonly Voice[] = ['child', 'parent-carer', 'professional'];

export const load: PageServerLoad = async (event) => {
	const plan = await openPlan(event, 'view');
	const { document, revisions } = plan.loaded;
	const { byItem, planWide } = findingsFor(plan, 'aspiration', ['no-aspirations', 'no-child-voice']);
	const state = pageState(event.url);
	const summary = planSummary(plan);
	const aspirations = document.aspirations.map((aspiration) => ({
		...aspiration,
		revision: revisions[aspiration.id] ?? 0,
		findings: byItem[aspiration.id] ?? [],
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
		const id = formId(data.get('id'));
		const revision = formRevision(data.get('revision'));
		const parsed = v.safeParse(aspirationSchema, formInput(data, aspirationSchema));
		if (!parsed.success) return refuse(400, { errors: formErrors(parsed.issues), values });
		const input = parsed.output;
		// Editors may write any voice; the family only their own. The page offers the family only those.
		const action = familyVoices.includes(input.voice) ? 'contribute' : 'edit';
		return saveAction(event, {
			kind: 'aspiration',
			noun: 'aspiration',
			linkNoun: 'aspirations',
			linkField: 'text',
			action,
			id,
			failure: { values },
			write: async (trx, plan) => {
				const versionId = plan.loaded.rows.version.id;
				if (id && !plan.actions.has('edit')) {
					const current = plan.loaded.document.aspirations.find((a) => a.id === id);
					if (current && !familyVoices.includes(current.voice)) {
						throw new Refused({
							ok: false,
							reason: 'forbidden',
							message: 'Only the plan’s editors can change an aspiration in a professional’s words.'
						});
					}
				}
				const write = {
					versionId,
					kind: 'aspiration' as const,
					data: { text: input.text, voice: input.voice },
					accountId: plan.account.id
				};
				return accepted(await saveItem(trx, id ? { ...write, id, expectedRevision: revision ?? -1 } : write));
			},
			theirs: (plan, itemId) => {
				const theirs = plan.loaded.document.aspirations.find((a) => a.id === itemId);
				return [
					{ label: 'Aspiration', value: theirs?.text },
					{ label: 'Whose words', value: theirs ? voiceLabels[theirs.voice] : undefined }
				];
			}
		});
	},
	move: (event) => moveAction(event, 'aspiration', (data) => String((data as { voice?: unknown }).voice)),
	delete: (event) => deleteAction(event, 'aspiration', 'aspiration')
} satisfies Actions;
