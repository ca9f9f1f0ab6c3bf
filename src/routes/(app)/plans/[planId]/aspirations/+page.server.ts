import { aspirationSchema } from '$lib/forms/aspiration';
import { familyVoices, voiceOrder } from '$lib/plan/voices';
import { voiceLabels } from '$lib/plan/labels';
import { saveAspiration } from '$lib/server/plans/save-aspiration';
import { deleteAction, listedItems, moveAction, openItemPage, saveAction } from '$lib/server/plan-item-actions';
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
	save: (event) =>
		saveAction(event, {
			schema: aspirationSchema,
			// Editors may write any voice; the family only their own. The page offers the family only those.
			access: (input) => (familyVoices.includes(input.voice) ? 'contribute' : 'edit'),
			save: saveAspiration,
			noun: 'aspiration',
			linkNoun: 'aspirations',
			linkField: 'text',
			theirs: ({ document }, id) => {
				const theirs = document.aspirations.find((a) => a.id === id);
				return [
					{ label: 'Aspiration', value: theirs?.text },
					{ label: 'Whose words', value: theirs ? voiceLabels[theirs.voice] : undefined }
				];
			}
		}),
	move: (event) =>
		moveAction(event, ['aspiration'], {
			groupOf: (data) => String((data as { voice?: unknown }).voice)
		}),
	delete: (event) => deleteAction(event, ['aspiration'], 'aspiration')
} satisfies Actions;
