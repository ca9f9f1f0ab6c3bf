import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { provisionSchema, quantityInWords } from '$lib/forms/provision';
import { blanksAbsent } from '$lib/forms/step';
import { formatUkDate } from '$lib/dates';
import { roleLabels } from '$lib/plan/labels';
import { saveItem } from '$lib/server/db/plan-items';
import { openPlan, type OpenPlan } from '$lib/server/plan-context';
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
	const { byItem } = findingsFor(plan, 'provision');
	const state = pageState(event.url);
	const provision = document.provision.map((item) => ({
		...item,
		revision: revisions[item.id] ?? 0,
		findings: byItem[item.id] ?? []
	}));
	const summary = planSummary(plan);
	// "Add provision" for an outcome (from a finding's "Mend this") starts with it ticked.
	const forOutcome = formId(event.url.searchParams.get('outcome'));
	return {
		...summary,
		provision,
		outcomes: document.outcomes.map(({ id, text }) => ({ id, text })),
		team: document.team.map(({ id, name, role }) => ({ id, name, role: roleLabels[role] })),
		state,
		preticked: document.outcomes.some((o) => o.id === forOutcome) ? [forOutcome!] : [],
		editing: (summary.canEdit && provision.find((p) => p.id === state.editId)) || null,
		deleting: (summary.canEdit && provision.find((p) => p.id === state.deleteId)) || null
	};
};

function theirs(plan: OpenPlan, id: string) {
	const { document } = plan.loaded;
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
	save: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data, ['outcomeIds']);
		const lists = { outcomeIds: formIds(data, 'outcomeIds') };
		const id = formId(data.get('id'));
		const revision = formRevision(data.get('revision'));
		const parsed = v.safeParse(
			provisionSchema,
			blanksAbsent(formInput(data, provisionSchema), [
				'deliveredBy',
				'teamMemberId',
				'sessions',
				'per',
				'minutes',
				'groupSize',
				'startDate',
				'reviewDate'
			])
		);
		if (!parsed.success) return refuse(400, { errors: formErrors(parsed.issues), values, lists });
		const input = parsed.output;
		const plan = await openPlan(event, 'edit');
		if (input.teamMemberId && !plan.loaded.document.team.some((t) => t.id === input.teamMemberId)) {
			return refuse(400, {
				errors: { teamMemberId: 'Choose a member of this plan’s team, or “Nobody in particular”' },
				values,
				lists
			});
		}
		return saveAction(event, {
			kind: 'provision',
			noun: 'provision',
			linkNoun: 'outcomes',
			linkField: 'outcomeIds',
			action: 'edit',
			id,
			failure: { values, lists },
			write: async (trx, plan) => {
				const { teamMemberId, ...fields } = input;
				const write = {
					versionId: plan.loaded.rows.version.id,
					kind: 'provision' as const,
					data: Object.fromEntries(
						Object.entries(fields).filter(([, value]) => value !== undefined)
					) as typeof fields & { text: string },
					links: { outcome: lists.outcomeIds, team: teamMemberId ? [teamMemberId] : [] },
					accountId: plan.account.id
				};
				return accepted(await saveItem(trx, id ? { ...write, id, expectedRevision: revision ?? -1 } : write));
			},
			theirs
		});
	},
	move: (event) => moveAction(event, 'provision'),
	delete: (event) => deleteAction(event, 'provision', 'provision')
} satisfies Actions;
