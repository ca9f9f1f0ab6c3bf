import { aspirationSchema } from '$lib/forms/aspiration';
import { familyVoices, voiceOrder } from '$lib/plan/voices';
import { voiceLabels } from '$lib/plan/labels';
import { saidLabel } from '$lib/plan/said-label';
import { changeNeedsSuggestion } from '$lib/plan/words-rights';
import { speakerOptions } from '$lib/server/plans/said-by-choice';
import { saveAspiration } from '$lib/server/plans/save-aspiration';
import { deleteAction, listedItems, moveAction, openItemPage, saveAction } from '$lib/server/plan-item-actions';
import { decideAction, itemSuggestions } from '$lib/server/suggestion-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, summary, state } = await openItemPage(event);
	const listed = listedItems(ctx, 'aspiration', ctx.document.aspirations, ['no-aspirations', 'no-child-voice']);
	const { planWide } = listed;
	const suggestions = await itemSuggestions(ctx);
	// Who said it goes to the page as its label only: the page has no use for account ids.
	const aspirations = listed.items.map(({ saidBy, ...aspiration }) => {
		const item = { voice: aspiration.voice, ...(saidBy ? { saidBy } : {}) };
		/** Whether a change makes a suggestion: someone else's words, or the child's. */
		const suggests = changeNeedsSuggestion(item, ctx.account.id);
		return {
			...aspiration,
			said: saidLabel(item, ctx.document.child) ?? '',
			speakerChoice: saidBy?.child ? 'child' : saidBy?.accountId === ctx.account.id ? 'me' : '',
			saidWith: saidBy?.with ?? '',
			suggests,
			/** Whether this person may change it (or suggest a change): editors any, the family their own voices and named words. */
			mayChange: summary.canEdit || (summary.canContribute && (suggests || familyVoices.includes(aspiration.voice))),
			open: suggestions[aspiration.id]?.open ?? [],
			history: suggestions[aspiration.id]?.history ?? []
		};
	});
	// The child's voice first, then parents' and carers', then professionals'; in plan order within each.
	aspirations.sort((a, b) => voiceOrder.indexOf(a.voice) - voiceOrder.indexOf(b.voice));
	const editing = state.editId ? aspirations.find((a) => a.id === state.editId && a.mayChange) : undefined;
	const deleting = state.deleteId && summary.canEdit ? aspirations.find((a) => a.id === state.deleteId) : undefined;
	return {
		...summary,
		aspirations,
		planWide,
		state,
		speakers: speakerOptions(ctx),
		/** Who the form says said it at first: the family member themselves; staff choose (or leave it to the voice). */
		defaultSpeaker: summary.canEdit ? '' : 'me',
		editing: editing ?? null,
		deleting: deleting ?? null
	};
};

export const actions = {
	save: (event) =>
		saveAction(event, {
			schema: aspirationSchema,
			// The family may write their own voices and suggest changes to named words: the use case decides.
			access: 'contribute',
			// Words in the child's voice are the child's: who said them and the voice must agree.
			check: ({ document }, input) => {
				if (input.saidBy === undefined || (input.voice === 'child') === (input.saidBy === 'child')) return undefined;
				const name = document.child.knownAs ?? document.child.firstName;
				return {
					saidBy: `Words in ${name}’s own voice are said by ${name}: choose ${name} as who said this, or choose another voice.`
				};
			},
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
	delete: (event) => deleteAction(event, ['aspiration'], 'aspiration'),
	accept: (event) => decideAction(event, 'accept'),
	decline: (event) => decideAction(event, 'decline')
} satisfies Actions;
