import { pronounsOf } from '$lib/plan/pronouns';
import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import {
	communicationSchema,
	profileItemSchema,
	profileKinds,
	profileLists,
	type ProfileKind
} from '$lib/forms/profile';
import { saidLabel } from '$lib/plan/said-label';
import { changeNeedsSuggestion } from '$lib/plan/words-rights';
import { calledBy, planHeader, profileItems } from '$lib/server/db/plan-details';
import { speakerOptions } from '$lib/server/plans/said-by-choice';
import { decideAction, itemSuggestions } from '$lib/server/suggestion-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import { changeCommunication } from '$lib/server/plans/save-details';
import { saveProfileItem } from '$lib/server/plans/save-profile-item';
import { deleteAction, invalidItem, moveAction, openItemPage, saveAction } from '$lib/server/plan-item-actions';
import type { Actions, PageServerLoad } from './$types';

const listOf = (kind: ProfileKind) => profileLists.find((list) => list.kind === kind)!;

/** About me: the one-page profile's three lists and how the child communicates. The family may change it too. */
export const load: PageServerLoad = async (event) => {
	const { ctx, summary, state } = await openItemPage(event);
	const suggestions = await itemSuggestions(ctx);
	// Who said it goes to the page as its label only: the page has no use for account ids.
	const items = profileItems(ctx.items).map(({ saidBy, ...item }) => ({
		...item,
		said: saidLabel(saidBy ? { saidBy } : {}, ctx.document.child) ?? '',
		/** Whether a change makes a suggestion: someone else's words, or the child's. */
		suggests: saidBy !== undefined && changeNeedsSuggestion({ saidBy }, ctx.account.id),
		speakerChoice: saidBy?.child ? 'child' : saidBy?.accountId === ctx.account.id ? 'me' : '',
		saidWith: saidBy?.with ?? '',
		open: suggestions[item.id]?.open ?? [],
		history: suggestions[item.id]?.history ?? []
	}));
	const requested = event.url.searchParams.get('list');
	const editing = state.editId && summary.canContribute ? items.find((item) => item.id === state.editId) : undefined;
	const deleting =
		state.deleteId && summary.canContribute ? items.find((item) => item.id === state.deleteId) : undefined;
	const saved = state.saved ? items.find((item) => item.id === state.saved) : undefined;
	return {
		...summary,
		header: planHeader(ctx),
		calledBy: calledBy(ctx),
		pronouns: pronounsOf(ctx.document.child),
		lists: profileLists.map((list) => ({ ...list, items: items.filter((item) => item.kind === list.kind) })),
		communication: ctx.document.child.communication ?? '',
		revision: ctx.version.revision,
		state,
		savedList: saved ? listOf(saved.kind).heading : null,
		communicationSaved: event.url.searchParams.has('communication-saved'),
		addTo: (profileKinds as readonly string[]).includes(requested ?? '') ? (requested as ProfileKind) : null,
		speakers: speakerOptions(ctx),
		/** Who the form says said it at first: the person writing, unless they choose someone else. */
		defaultSpeaker: 'me',
		editing: editing ?? null,
		deleting: deleting ?? null
	};
};

export const actions = {
	save: (event) =>
		saveAction(event, {
			schema: profileItemSchema,
			access: 'contribute',
			save: saveProfileItem,
			noun: 'part of the profile',
			linkNoun: 'items',
			linkField: 'text',
			theirs: ({ items }, id, input) => {
				const theirs = profileItems(items).find((item) => item.id === id);
				return [{ label: listOf(input.list).heading, value: theirs?.text }];
			}
		}),

	communication: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		const parsed = v.safeParse(communicationSchema, formInput(data, communicationSchema));
		if (!parsed.success) return invalidItem(400, formErrors(parsed.issues), values);
		const ctx = await openPlan(event, 'contribute');
		const result = await changeCommunication(ctx, parsed.output);
		if (result.ok) redirect(303, `${event.url.pathname}?communication-saved#communication`);
		switch (result.reason) {
			case 'stale':
				return invalidItem(
					409,
					{
						communication:
							'Someone else changed the plan while you were editing. What is saved now is shown below; your words are still in the box: check them and save again.'
					},
					{ ...values, revision: String(result.currentRevision) },
					{ theirs: [{ label: 'How they communicate', value: ctx.document.child.communication }] }
				);
			case 'frozen':
				return invalidItem(
					409,
					{ form: 'This plan has been agreed, so it cannot be changed. Changes come through a review.' },
					values
				);
			case 'not-found':
				return invalidItem(404, { form: 'This plan could not be found.' }, values);
		}
	},

	move: (event) => moveAction(event, profileKinds, { action: 'contribute' }),
	accept: (event) => decideAction(event, 'accept'),
	decline: (event) => decideAction(event, 'decline'),
	delete: (event) => deleteAction(event, profileKinds, 'item', { action: 'contribute', deletedParam: 'profile' })
} satisfies Actions;
