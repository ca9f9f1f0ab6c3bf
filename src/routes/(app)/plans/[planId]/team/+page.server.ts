import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { teamMemberSchema } from '$lib/forms/team-member';
import { roleLabels } from '$lib/plan/labels';
import { calledBy, planHeader } from '$lib/server/db/plan-details';
import { saveTeamMember } from '$lib/server/plans/save-team-member';
import { openPlan } from '$lib/server/plans/plan-context';
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

/** The team around the child: the child and their family too. Editors change it; everyone else reads. */
export const load: PageServerLoad = async (event) => {
	const { ctx, summary, state } = await openItemPage(event);
	const { document } = ctx;
	const members = listedItems(ctx, 'team', document.team).items.map((member) => ({
		...member,
		/** The provision this member delivers, by its words. */
		delivers: document.provision.filter((p) => p.teamMemberId === member.id).map((p) => p.text)
	}));
	const editing = state.editId && summary.canEdit ? members.find((m) => m.id === state.editId) : undefined;
	const deleting = state.deleteId && summary.canEdit ? members.find((m) => m.id === state.deleteId) : undefined;
	return {
		...summary,
		header: planHeader(ctx),
		calledBy: calledBy(ctx),
		members,
		state,
		editing: editing ?? null,
		deleting: deleting ?? null
	};
};

export const actions = {
	save: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		const parsed = v.safeParse(teamMemberSchema, formInput(data, teamMemberSchema));
		if (!parsed.success) return invalidItem(400, formErrors(parsed.issues), values);
		const ctx = await openPlan(event, 'edit');
		const result = await saveTeamMember(ctx, formTarget(data), parsed.output);
		return answerItemSave(event, ctx, result, {
			noun: 'team member',
			linkNoun: 'items',
			linkField: 'name',
			values,
			theirs: ({ document }) => {
				const theirs = document.team.find((m) => m.id === formId(data.get('id')));
				return [
					{ label: 'Name', value: theirs?.name },
					{ label: 'Role', value: theirs ? roleLabels[theirs.role] : undefined },
					{ label: 'Organisation', value: theirs?.organisation },
					{ label: 'Email address', value: theirs?.email },
					{ label: 'Phone number', value: theirs?.phone }
				];
			}
		});
	},
	move: (event) => moveAction(event, ['team']),
	delete: (event) => deleteAction(event, ['team'], 'team member')
} satisfies Actions;
