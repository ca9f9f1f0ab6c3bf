import { provisionSchema, quantityInWords } from '$lib/forms/provision';
import { formatUkDate } from '$lib/dates';
import { roleName } from '$lib/plan/role-name';
import { saveProvision } from '$lib/server/plans/save-provision';
import type { PlanContext } from '$lib/server/plans/plan-context';
import { deleteAction, formId, listedItems, moveAction, openItemPage, saveAction } from '$lib/server/plan-item-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, summary, state } = await openItemPage(event);
	const { document } = ctx;
	const provision = listedItems(ctx, 'provision', document.provision).items;
	// "Add provision" for an outcome (from a finding's "Mend this") starts with it ticked.
	const forOutcome = formId(event.url.searchParams.get('outcome'));
	return {
		...summary,
		provision,
		outcomes: document.outcomes.map(({ id, text }) => ({ id, text })),
		team: document.team.map((member) => ({ id: member.id, name: member.name, role: roleName(member) })),
		state,
		preticked: document.outcomes.some((o) => o.id === forOutcome) ? [forOutcome!] : [],
		editing: (summary.canEdit && provision.find((p) => p.id === state.editId)) || null,
		deleting: (summary.canEdit && provision.find((p) => p.id === state.deleteId)) || null
	};
};

function theirs({ document }: PlanContext, id: string | undefined) {
	const item = document.provision.find((p) => p.id === id);
	const outcomes = new Map(document.outcomes.map((o) => [o.id, o.text]));
	const member = item?.teamMemberId ? document.team.find((t) => t.id === item.teamMemberId) : undefined;
	return [
		{ label: 'The provision', value: item?.text },
		{ label: 'Outcomes it serves', value: item?.outcomeIds.map((o) => outcomes.get(o) ?? o) ?? [] },
		{ label: 'Who delivers it', value: [item?.deliveredBy, member?.name].filter(Boolean).join(': ') },
		{ label: 'How much', value: item ? quantityInWords(item) : undefined },
		{ label: 'Starts', value: item?.startDate ? formatUkDate(item.startDate) : undefined },
		{ label: 'Review', value: item?.reviewDate ? formatUkDate(item.reviewDate) : undefined }
	];
}

export const actions = {
	save: (event) =>
		saveAction(event, {
			schema: provisionSchema,
			blanks: ['deliveredBy', 'teamMemberId', 'sessions', 'per', 'minutes', 'groupSize'],
			lists: ['outcomeIds'],
			omit: ['outcomeIds'],
			access: 'edit',
			check: ({ document }, input) =>
				input.teamMemberId && !document.team.some((t) => t.id === input.teamMemberId)
					? { teamMemberId: 'Choose a member of this plan’s team, or “Nobody in particular”' }
					: undefined,
			save: (ctx, target, input, lists) => saveProvision(ctx, target, input, lists.outcomeIds),
			noun: 'provision',
			linkNoun: 'outcomes',
			linkField: 'outcomeIds',
			theirs
		}),
	move: (event) => moveAction(event, ['provision']),
	delete: (event) => deleteAction(event, ['provision'], 'provision')
} satisfies Actions;
