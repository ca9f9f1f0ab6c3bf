import { pronounsOf } from '$lib/plan/pronouns';
import { teamMemberSchema } from '$lib/forms/team-member';
import { roleName } from '$lib/plan/role-name';
import { calledBy, planHeader } from '$lib/server/db/plan-details';
import { saveTeamMember } from '$lib/server/plans/save-team-member';
import { deleteAction, listedItems, moveAction, openItemPage, saveAction } from '$lib/server/plan-item-actions';
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
		pronouns: pronounsOf(ctx.document.child),
		members,
		state,
		editing: editing ?? null,
		deleting: deleting ?? null
	};
};

export const actions = {
	save: (event) =>
		saveAction(event, {
			schema: teamMemberSchema,
			access: 'edit',
			save: saveTeamMember,
			noun: 'team member',
			linkNoun: 'items',
			linkField: 'name',
			theirs: ({ document }, id) => {
				const theirs = document.team.find((m) => m.id === id);
				return [
					{ label: 'Name', value: theirs?.name },
					{ label: 'Role', value: theirs ? roleName(theirs) : undefined },
					{ label: 'Organisation', value: theirs?.organisation },
					{ label: 'Email address', value: theirs?.email },
					{ label: 'Phone number', value: theirs?.phone }
				];
			}
		}),
	move: (event) => moveAction(event, ['team']),
	delete: (event) => deleteAction(event, ['team'], 'team member')
} satisfies Actions;
