import * as v from 'valibot';
import { formErrors, formValues, type FormErrors } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { outcomeSchema } from '$lib/forms/outcome';
import { blanksAbsent, stepSchema } from '$lib/forms/step';
import { formatUkDate } from '$lib/dates';
import { datePartNames, readTypedDate, typedDateOf, type DatePartName } from '$lib/dates/typed-date';
import type { Step } from '$lib/plan/document';
import { areaOfNeedLabels } from '$lib/plan/labels';
import { LIST_MAX_ITEMS } from '$lib/plan/vocabulary';
import { referencesOf } from '$lib/pdf/references';
import { saveOutcome } from '$lib/server/plans/save-outcome';
import { openPlan, type PlanContext } from '$lib/server/plans/plan-context';
import {
	answerItemSave,
	invalidItem,
	deleteAction,
	formId,
	formIds,
	formTarget,
	listedItems,
	moveAction,
	openItemPage,
	type StepRow
} from '$lib/server/plan-item-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, summary, state } = await openItemPage(event);
	const { document } = ctx;
	const outcomes = listedItems(ctx, 'outcome', document.outcomes).items;
	// "Add an outcome" for an aspiration or a need (from a finding's "Mend this") starts with it ticked.
	const forAspiration = formId(event.url.searchParams.get('aspiration'));
	const forNeed = formId(event.url.searchParams.get('need'));
	const preticked = {
		aspirationIds: document.aspirations.some((a) => a.id === forAspiration) ? [forAspiration!] : [],
		needIds: document.needs.some((n) => n.id === forNeed) ? [forNeed!] : []
	};
	const { needNumber } = referencesOf(document);
	return {
		...summary,
		outcomes,
		aspirations: document.aspirations.map(({ id, text }) => ({ id, text })),
		// A card names a need by its number and area, as the printed plan does; its words are on the needs page.
		needs: document.needs.map(({ id, text, area }) => ({
			id,
			text,
			label: `Need ${needNumber.get(id)}: ${areaOfNeedLabels[area]}`
		})),
		state,
		preticked,
		// The add form has its own address (`?add`, or a finding's "Mend this" with an item to tick).
		adding:
			summary.canEdit &&
			(event.url.searchParams.has('add') || preticked.aspirationIds.length + preticked.needIds.length > 0),
		editing: (summary.canEdit && outcomes.find((o) => o.id === state.editId)) || null,
		deleting: (summary.canEdit && outcomes.find((o) => o.id === state.deleteId)) || null
	};
};

/** The boxes of the steps' dates, sent once a row each and read back as rows. */
const stepDateBoxes = datePartNames.map((part) => `stepTargetDate-${part}`);

/** The step rows as typed: one text and one date (three boxes) per row. */
function stepRows(data: FormData): StepRow[] {
	const texts = data.getAll('stepText');
	const box = (part: DatePartName, index: number) => {
		const value = data.getAll(`stepTargetDate-${part}`)[index];
		return typeof value === 'string' ? value : '';
	};
	return texts.slice(0, LIST_MAX_ITEMS).map((text, index) => ({
		text: typeof text === 'string' ? text : '',
		targetDate: { day: box('day', index), month: box('month', index), year: box('year', index) }
	}));
}

/** The steps to save (rows left blank are dropped), or each row's problem by `step-<n>-<field>`. */
function parseSteps(rows: StepRow[]): { steps: Step[]; errors: FormErrors } {
	const steps: Step[] = [];
	const errors: FormErrors = {};
	rows.forEach((row, index) => {
		if (row.text.trim() === '' && readTypedDate(row.targetDate).kind === 'empty') return;
		const parsed = v.safeParse(stepSchema, row);
		if (parsed.success) {
			steps.push({
				text: parsed.output.text,
				...(parsed.output.targetDate ? { targetDate: parsed.output.targetDate } : {})
			});
			return;
		}
		for (const [field, message] of Object.entries(formErrors(parsed.issues))) {
			errors[`step-${index}-${field}`] = `Step ${index + 1}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
		}
	});
	return { steps, errors };
}

function theirs({ document }: PlanContext, id: string | undefined) {
	const outcome = document.outcomes.find((o) => o.id === id);
	const aspirations = new Map(document.aspirations.map((a) => [a.id, `“${a.text}”`]));
	const needs = new Map(document.needs.map((n) => [n.id, n.text]));
	return [
		{ label: 'The outcome', value: outcome?.text },
		{ label: 'Aspirations it works towards', value: outcome?.aspirationIds.map((a) => aspirations.get(a) ?? a) ?? [] },
		{ label: 'Needs it addresses', value: outcome?.needIds.map((n) => needs.get(n) ?? n) ?? [] },
		{ label: 'Target date', value: outcome?.targetDate ? formatUkDate(outcome.targetDate) : undefined },
		{ label: 'How will we know?', value: outcome?.successCriteria },
		{
			label: 'Steps',
			value: outcome?.steps.map((s) => (s.targetDate ? `${s.text} (by ${formatUkDate(s.targetDate)})` : s.text)) ?? []
		}
	];
}

export const actions = {
	save: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data, ['stepText', ...stepDateBoxes, 'aspirationIds', 'needIds', 'intent']);
		const lists = { aspirationIds: formIds(data, 'aspirationIds'), needIds: formIds(data, 'needIds') };
		const rows = stepRows(data);
		const intent = data.get('intent');
		const ctx = await openPlan(event, 'edit');
		const redraw = (steps: StepRow[], focusStep: number | null) => ({
			errors: {} as FormErrors,
			values,
			lists,
			steps,
			focusStep,
			theirs: undefined,
			deleteId: undefined
		});

		// "Add another step" and "Remove": the same form again, one row more or less, everything typed kept.
		if (intent === 'add-step') {
			if (rows.length >= LIST_MAX_ITEMS)
				return invalidItem(400, { form: `An outcome can have at most ${LIST_MAX_ITEMS} steps.` }, values, {
					lists,
					steps: rows
				});
			return redraw([...rows, { text: '', targetDate: typedDateOf(undefined) }], rows.length);
		}
		const remove = typeof intent === 'string' ? /^remove-step-(\d{1,3})$/.exec(intent) : null;
		if (remove) {
			const index = Number(remove[1]);
			return redraw(
				rows.filter((_, i) => i !== index),
				null
			);
		}

		const parsed = v.safeParse(outcomeSchema, blanksAbsent(formInput(data, outcomeSchema), ['successCriteria']));
		const steps = parseSteps(rows);
		const errors = { ...(parsed.success ? {} : formErrors(parsed.issues)), ...steps.errors };
		if (!parsed.success || Object.keys(errors).length > 0)
			return invalidItem(400, errors, values, { lists, steps: rows });
		const result = await saveOutcome(ctx, formTarget(data), { ...parsed.output, ...lists }, steps.steps);
		return answerItemSave(event, ctx, result, {
			noun: 'outcome',
			linkNoun: 'aspirations and needs',
			linkField: 'aspirationIds',
			values,
			extra: { lists, steps: rows },
			theirs: (ctx) => theirs(ctx, formId(data.get('id')))
		});
	},
	move: (event) => moveAction(event, ['outcome']),
	delete: (event) => deleteAction(event, ['outcome'], 'outcome')
} satisfies Actions;
