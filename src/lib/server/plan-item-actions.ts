/**
 * What the item pages (About me, Team, and the four layers) share between their routes: reading ids
 * from a form, answering a use case's result (back to the list, or the form again with everything typed
 * kept), the save, move and delete actions, and what every such page shows about the plan.
 */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues, type FormErrors } from '$lib/forms/form-errors';
import { formInput, type FormSchema } from '$lib/forms/form-input';
import { blanksAbsent } from '$lib/forms/step';
import type { TypedDate } from '$lib/dates/typed-date';
import { ukTimeOf } from '$lib/dates/format-timestamp';
import type { ChangedBy } from './db/plan-items';
import { LIST_MAX_ITEMS } from '$lib/plan/vocabulary';
import { calledName } from '$lib/plan/child-name';
import { pronounsOf } from '$lib/plan/pronouns';
import type { Finding } from '$lib/thread/finding';
import { mendHref } from '$lib/thread-view/mend-href';
import type { PlanAction } from './auth/access';
import type { PlanItemKind } from './db/schema';
import { planHeader } from './db/plan-details';
import { invalid } from './form-failure';
import { deleteItem } from './plans/delete-item';
import { moveItem } from './plans/move-item';
import { openPlan, type PlanContext } from './plans/plan-context';
import type { ItemSaveResult, ItemTarget } from './plans/write-item';

type Event = RequestEvent<{ planId: string }>;

/** A step row as the outcome form holds it (as typed). */
export interface StepRow {
	text: string;
	targetDate: TypedDate;
}

/** What a refused item form keeps besides what was typed: the ticked boxes, the step rows, and more. */
export interface ItemFailureExtra {
	lists?: Record<string, string[]>;
	steps?: StepRow[];
	/** What the other person saved, as labelled fields for `StaleNotice`. */
	theirs?: Array<{ label: string; value: string | string[] | undefined }>;
	/** After a refused delete: the item whose confirmation to show again. */
	deleteId?: string;
}

/** Refuses an item page's form: `invalid`, with the page's own extras typed for its `form` prop. */
export function invalidItem(
	status: number,
	errors: FormErrors,
	values: Record<string, string> = {},
	extra: ItemFailureExtra = {}
) {
	return invalid(status, errors, values, extra);
}

const idPattern = /^[a-z0-9]{1,64}$/;

/** An item id from a form, if it looks like one (ids are lower-case base32). */
export function formId(value: FormDataEntryValue | null): string | undefined {
	return typeof value === 'string' && idPattern.test(value) ? value : undefined;
}

/** A revision number from a form. */
export function formRevision(value: FormDataEntryValue | null): number | undefined {
	return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** The item a form changes (an id with the revision it was based on), or none when it adds one. */
export function formTarget(data: FormData): ItemTarget {
	const id = formId(data.get('id'));
	return id ? { id, revision: formRevision(data.get('revision')) ?? -1 } : undefined;
}

/**
 * The ticked boxes of a checkbox group, each once. Anything that is not an id-shaped string is kept
 * as given so that the save refuses it by name; the list is cut at the format's limit + 1 so a flood
 * is refused rather than queried.
 */
export function formIds(data: FormData, name: string): string[] {
	const ids = data.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');
	return [...new Set(ids)].slice(0, LIST_MAX_ITEMS + 1);
}

/** Who saved an item meanwhile, and when, as a refused save says: "Sam Patel changed this need at 10:42 while you were editing." */
function whoChanged(changedBy: ChangedBy | undefined, noun: string): string {
	if (!changedBy) return `Someone else changed this ${noun} while you were editing.`;
	const at = ukTimeOf(changedBy.at);
	if (changedBy.byYou) return `You changed this ${noun} at ${at} on another screen while this one was open.`;
	return `${changedBy.name ?? 'Someone else'} changed this ${noun} at ${at} while you were editing.`;
}

const frozenMessage = 'This plan has been agreed, so it cannot be changed. Changes come through a review.';

/** The message for a refused save, by reason; `noun` is "aspiration", "need"… */
export function refusalMessage(result: Exclude<ItemSaveResult, { ok: true }>, noun: string, linkNoun: string): string {
	switch (result.reason) {
		case 'frozen':
			return frozenMessage;
		case 'forbidden':
			return result.message;
		case 'stale':
			return `${whoChanged(result.changedBy, noun)} Their version is shown below; your changes are still in the form: check them and save again.`;
		case 'not-found':
			return `This ${noun} has been deleted by someone else while you were editing. What you typed is still in the form: save it to add it again.`;
		case 'bad-link':
			return `Some of the ${linkNoun} you ticked are not part of this plan. Tick only ${linkNoun} listed here.`;
	}
}

/**
 * Answers an item save: back to the list (`?saved=<id>`), or the form again with everything typed kept.
 * After a stale save it shows what the other person saved (`theirs`, from the plan as this request read
 * it) and the revision to base the next save on; after the item was deleted meanwhile, the form becomes
 * an "add" form so that saving again adds it back.
 */
export function answerItemSave(
	event: Event,
	ctx: PlanContext,
	result: ItemSaveResult,
	options: {
		noun: string;
		linkNoun: string;
		/** The field whose message a refused link shows by (the checkbox group). */
		linkField: string;
		values: Record<string, string>;
		extra?: ItemFailureExtra;
		theirs: (ctx: PlanContext) => ItemFailureExtra['theirs'];
	}
) {
	if (result.ok) {
		// A change to someone else's words was kept as a suggestion: said so, not as an error.
		const notice = 'suggested' in result ? 'suggested' : 'saved';
		redirect(303, `${event.url.pathname}?${notice}=${result.id}#item-${result.id}`);
	}
	const { values, extra = {} } = options;
	const message = refusalMessage(result, options.noun, options.linkNoun);
	switch (result.reason) {
		case 'stale':
			return invalidItem(
				409,
				{ form: message },
				{ ...values, revision: String(result.currentRevision) },
				{ ...extra, theirs: options.theirs(ctx) }
			);
		case 'not-found':
			return invalidItem(409, { form: message }, { ...values, id: '', revision: '' }, extra);
		case 'bad-link':
			return invalidItem(400, { [options.linkField]: message }, values, extra);
		case 'forbidden':
			return invalidItem(403, { form: message }, values, extra);
		case 'frozen':
			return invalidItem(409, { form: message }, values, extra);
	}
}

/**
 * The `save` action of an item page: reads the form by the page's schema (refused as typed, its boxes
 * still ticked), opens the plan for what the input needs, runs the page's own check and then its use
 * case, and answers as `answerItemSave` does. A page states only what differs: the spec.
 */
export async function saveAction<TSchema extends FormSchema & v.GenericSchema, TList extends string = never>(
	event: Event,
	spec: {
		schema: TSchema;
		/** The optional fields for which a blank means absent (see `blanksAbsent`). */
		blanks?: readonly string[];
		/** The checkbox groups: kept ticked when the form is refused, and handed to `save`. */
		lists?: readonly TList[];
		/** Fields not sent back as typed (the boxes a page redraws from `lists`). */
		omit?: readonly string[];
		/** What the plan is opened for: a fixed action, or one that depends on what is saved. */
		access: PlanAction | ((input: v.InferOutput<TSchema>) => PlanAction);
		/** A check that needs the plan, made before the use case: the problems by field, if any. */
		check?: (ctx: PlanContext, input: v.InferOutput<TSchema>) => FormErrors | undefined;
		save: (
			ctx: PlanContext,
			target: ItemTarget,
			input: v.InferOutput<TSchema>,
			lists: Record<TList, string[]>
		) => Promise<ItemSaveResult>;
		noun: string;
		linkNoun: string;
		linkField: string;
		/** What the other person saved, for the item the form names (`id`). */
		theirs: (ctx: PlanContext, id: string | undefined, input: v.InferOutput<TSchema>) => ItemFailureExtra['theirs'];
	}
) {
	const data = await event.request.formData();
	const values = formValues(data, spec.omit);
	const names: readonly TList[] = spec.lists ?? [];
	const lists = Object.fromEntries(names.map((name) => [name, formIds(data, name)])) as Record<TList, string[]>;
	// A page without boxes sends no `lists` back at all.
	const extra: ItemFailureExtra = spec.lists ? { lists } : {};
	const input = formInput(data, spec.schema);
	const parsed = v.safeParse(spec.schema, spec.blanks ? blanksAbsent(input, spec.blanks) : input);
	if (!parsed.success) return invalidItem(400, formErrors(parsed.issues), values, extra);
	const ctx = await openPlan(event, typeof spec.access === 'function' ? spec.access(parsed.output) : spec.access);
	const problems = spec.check?.(ctx, parsed.output);
	if (problems) return invalidItem(400, problems, values, extra);
	const result = await spec.save(ctx, formTarget(data), parsed.output, lists);
	return answerItemSave(event, ctx, result, {
		noun: spec.noun,
		linkNoun: spec.linkNoun,
		linkField: spec.linkField,
		values,
		extra,
		theirs: (ctx) => spec.theirs(ctx, formId(data.get('id')), parsed.output)
	});
}

/** The direction of a "Move up" or "Move down" button. */
function formDirection(value: FormDataEntryValue | null): 'up' | 'down' | undefined {
	return value === 'up' || value === 'down' ? value : undefined;
}

/**
 * The `move` action of an item page: moves the item, then back to the list where it now is. `kindOf`
 * says which kinds the page lists (About me has three lists); `groupOf` which group of the list an
 * item is shown in.
 */
export async function moveAction(
	event: Event,
	kinds: readonly PlanItemKind[],
	options: { action?: PlanAction; groupOf?: (data: unknown) => string } = {}
) {
	const data = await event.request.formData();
	const id = formId(data.get('id'));
	const direction = formDirection(data.get('direction'));
	if (!id || !direction) return invalidItem(400, { form: 'That item could not be moved. Try again.' });
	const ctx = await openPlan(event, options.action ?? 'edit');
	const kind = ctx.items.find((row) => row.id === id && kinds.includes(row.kind))?.kind;
	if (!kind) return invalidItem(409, { form: 'That item could not be found. It may have been deleted.' });
	const result = await moveItem(ctx, kind, id, direction, options.groupOf);
	if (!result.ok && result.reason === 'frozen') return invalidItem(409, { form: frozenMessage });
	redirect(303, `${event.url.pathname}?moved=${id}#item-${id}`);
}

/**
 * The `delete` action of an item page (after its confirmation step): deletes the item, its links and,
 * for an outcome, its steps, if nobody changed it since the confirmation was shown.
 */
export async function deleteAction(
	event: Event,
	kinds: readonly PlanItemKind[],
	noun: string,
	options: { action?: PlanAction; deletedParam?: string } = {}
) {
	const data = await event.request.formData();
	const id = formId(data.get('id'));
	const revision = formRevision(data.get('revision'));
	if (!id || revision === undefined)
		return invalidItem(400, { form: `That ${noun} could not be found. It may have been deleted already.` });
	const ctx = await openPlan(event, options.action ?? 'edit');
	const kind = ctx.items.find((row) => row.id === id && kinds.includes(row.kind))?.kind;
	const result = kind ? await deleteItem(ctx, kind, id, revision) : ({ ok: false, reason: 'not-found' } as const);
	if (result.ok) redirect(303, `${event.url.pathname}?deleted=${options.deletedParam ?? kinds[0]}`);
	switch (result.reason) {
		case 'frozen':
			return invalidItem(409, { form: frozenMessage });
		case 'stale':
			return invalidItem(
				409,
				{
					form: `Someone else changed this ${noun} since you asked to delete it. Check it below, then delete it again if you still want to.`
				},
				{},
				{ deleteId: id }
			);
		case 'not-found':
			return invalidItem(409, { form: `This ${noun} had already been deleted.` });
	}
}

/** The child's name as the pages use it, and what every item page needs about the plan (its header's too). */
export function planSummary(ctx: PlanContext) {
	const { child } = ctx.document;
	return {
		planId: ctx.planRow.id,
		...planHeader(ctx),
		childName: calledName(child),
		pronouns: pronounsOf(child),
		frozen: ctx.frozen,
		canEdit: !ctx.frozen && ctx.actions.has('edit'),
		canContribute: !ctx.frozen && ctx.actions.has('contribute')
	};
}

/**
 * What every item page's `load` starts from: the plan opened to view, what the page shows about the
 * plan, and the notices and the item to change or delete that the address names.
 */
export async function openItemPage(event: Event) {
	const ctx = await openPlan(event, 'view');
	return { ctx, summary: planSummary(ctx), state: pageState(event.url) };
}

/** A finding with the link that mends it. */
export type MendableFinding = Finding & { href?: string };

/**
 * The items a list page shows, of `kind`, each with the revision its forms are based on and the findings
 * about it; and the plan-wide findings `planRules` names, shown above the list. Every finding carries
 * the link that mends it.
 */
export function listedItems<T extends { id: string }>(
	ctx: PlanContext,
	kind: Finding['subject']['kind'],
	items: readonly T[],
	planRules: readonly Finding['rule'][] = []
) {
	const byItem: Record<string, MendableFinding[]> = {};
	const planWide: MendableFinding[] = [];
	for (const finding of ctx.findings) {
		const mendable = { ...finding, href: mendHref(ctx.planRow.id, finding) };
		if (finding.subject.kind === kind && finding.subject.id) (byItem[finding.subject.id] ??= []).push(mendable);
		else if (finding.subject.kind === 'plan' && planRules.includes(finding.rule)) planWide.push(mendable);
	}
	return {
		items: items.map((item) => ({ ...item, revision: ctx.revisions[item.id] ?? 0, findings: byItem[item.id] ?? [] })),
		planWide
	};
}

/**
 * The `?saved=`, `?deleted=`, `?moved=` notices (and `?suggested=`, `?accepted=`, `?declined=` on the
 * pages of someone's own words), and the `?edit=` / `?delete=` item, from the address.
 */
export function pageState(url: URL) {
	return {
		saved: formId(url.searchParams.get('saved')) ?? null,
		suggested: formId(url.searchParams.get('suggested')) ?? null,
		accepted: formId(url.searchParams.get('accepted')) ?? null,
		declined: formId(url.searchParams.get('declined')) ?? null,
		deleted: url.searchParams.has('deleted'),
		moved: formId(url.searchParams.get('moved')) ?? null,
		editId: formId(url.searchParams.get('edit')) ?? null,
		deleteId: formId(url.searchParams.get('delete')) ?? null
	};
}

/** What a refused item form sends back, for the page's `form` prop. */
export type ItemFailure = ItemFailureExtra & { errors: FormErrors; values: Record<string, string> };
