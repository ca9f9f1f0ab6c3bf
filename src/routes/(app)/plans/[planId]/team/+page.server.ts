import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { teamMemberSchema } from '$lib/forms/team-member';
import { roleLabels } from '$lib/plan/labels';
import { calledBy, planHeader } from '$lib/server/db/plan-details';
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
	saveAction
} from '$lib/server/plan-item-actions';
import type { Actions, PageServerLoad } from './$types';

/** The team around the child: the child and their family too. Editors change it; everyone else reads. */
export const load: PageServerLoad = async (event) => {
	const plan = await openPlan(event, 'view');
	const { document, revisions } = plan.loaded;
	const { byItem } = findingsFor(plan, 'team');
	const state = pageState(event.url);
	const summary = planSummary(plan);
	const members = document.team.map((member) => ({
		...member,
		revision: revisions[member.id] ?? 0,
		findings: byItem[member.id] ?? [],
		/** The provision this member delivers, by its words. */
		delivers: document.provision.filter((p) => p.teamMemberId === member.id).map((p) => p.text)
	}));
	const editing = state.editId && summary.canEdit ? members.find((m) => m.id === state.editId) : undefined;
	const deleting = state.deleteId && summary.canEdit ? members.find((m) => m.id === state.deleteId) : undefined;
	return {
		...summary,
		header: planHeader(plan.loaded),
		calledBy: calledBy(plan.loaded),
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
		const id = formId(data.get('id'));
		const revision = formRevision(data.get('revision'));
		const parsed = v.safeParse(teamMemberSchema, formInput(data, teamMemberSchema));
		if (!parsed.success) return refuse(400, { errors: formErrors(parsed.issues), values });
		const { name, role, organisation, email, phone } = parsed.output;
		const member = {
			name,
			role,
			...(organisation ? { organisation } : {}),
			...(email ? { email } : {}),
			...(phone ? { phone } : {})
		};
		return saveAction(event, {
			kind: 'team',
			noun: 'team member',
			linkNoun: 'items',
			linkField: 'name',
			action: 'edit',
			id,
			failure: { values },
			write: async (trx, plan) => {
				const write = {
					versionId: plan.loaded.rows.version.id,
					kind: 'team' as const,
					data: member,
					accountId: plan.account.id
				};
				return accepted(await saveItem(trx, id ? { ...write, id, expectedRevision: revision ?? -1 } : write));
			},
			theirs: (plan, itemId) => {
				const theirs = plan.loaded.document.team.find((m) => m.id === itemId);
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
	move: (event) => moveAction(event, 'team'),
	delete: (event) => deleteAction(event, 'team', 'team member')
} satisfies Actions;
