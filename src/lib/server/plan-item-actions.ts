/**
 * What the four layer pages (aspirations, needs, outcomes, provision) share: reading ids from a form,
 * refusing a form with everything typed kept, and the move and delete actions. Each page keeps only
 * its own form.
 */
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Transaction } from 'kysely';
import type { FormErrors } from '$lib/forms/form-errors';
import { LIST_MAX_ITEMS } from '$lib/plan/vocabulary';
import type { Finding } from '$lib/thread/finding';
import type { Database, PlanItemKind } from './db/schema';
import { deleteItem, moveItem, type WriteResult } from './db/plan-items';
import { now } from './clock';
import { changePlan, isFrozen, openPlan, PlanFrozenError, type AuditedItem, type OpenPlan } from './plan-context';
import type { PlanAction } from './auth/access';

type Trx = Transaction<Database>;
type Event = RequestEvent<{ planId: string }>;

/** A step row as the outcome form holds it (strings as typed). */
export interface StepRow {
	text: string;
	targetDate: string;
}

/**
 * What a refused item form sends back: `invalid()`'s shape (problems by field, what was typed) plus the
 * ticked boxes, the step rows and, after a stale save, what the other person saved.
 */
export interface ItemFailure {
	errors: FormErrors;
	values: Record<string, string>;
	lists?: Record<string, string[]>;
	steps?: StepRow[];
	/** What the other person saved, as labelled fields for `StaleNotice`. */
	theirs?: Array<{ label: string; value: string | string[] | undefined }>;
	/** After a refused delete: the item whose confirmation to show again. */
	deleteId?: string;
}

/** Refuses a form, keeping what was typed. */
export function refuse(status: number, failure: ItemFailure) {
	return fail(status, failure);
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

/**
 * The ticked boxes of a checkbox group, each once. Anything that is not an id-shaped string is kept
 * as given so that `saveItem` refuses it by name; the list is cut at the format's limit + 1 so a flood
 * is refused rather than queried.
 */
export function formIds(data: FormData, name: string): string[] {
	const ids = data.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');
	return [...new Set(ids)].slice(0, LIST_MAX_ITEMS + 1);
}

/** The plain outcome of a change: done, or refused with a message for the page. */
export type Changed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * `changePlan`, with an agreed plan's refusal turned into a message rather than a 500. A plan the
 * account may not change answers 404, as `openPlan` does.
 */
export async function tryChange<T>(
	event: Event,
	action: PlanAction,
	item: AuditedItem<T>,
	change: (trx: Trx, plan: OpenPlan) => Promise<T>
): Promise<Changed<T>> {
	try {
		return { ok: true, value: await changePlan(event, action, item, change) };
	} catch (caught) {
		if (caught instanceof PlanFrozenError) return { ok: false, message: caught.message };
		throw caught;
	}
}

/** Why a write was refused: the store's reasons, or a rule of the page's own (with its message). */
export type Refusal = Exclude<WriteResult, { ok: true }> | { ok: false; reason: 'forbidden'; message: string };

/** Thrown inside a change to undo it (the transaction rolls back, audit row and all) and refuse with `result`. */
export class Refused extends Error {
	constructor(readonly result: Refusal) {
		super(result.reason);
	}
}

/** The message for a refused save, by reason; `noun` is "aspiration", "need"… */
export function refusalMessage(result: Refusal, noun: string, linkNoun: string): string {
	switch (result.reason) {
		case 'forbidden':
			return result.message;
		case 'stale':
			return `Someone else changed this ${noun} while you were editing. Their version is shown below; your changes are still in the form: check them and save again.`;
		case 'not-found':
			return `This ${noun} has been deleted by someone else while you were editing. What you typed is still in the form: save it to add it again.`;
		case 'bad-link':
			return `Some of the ${linkNoun} you ticked are not part of this plan. Tick only ${linkNoun} listed here.`;
	}
}

/** The kind of an item of the version, or undefined if it is not one of the version's items. */
async function kindOf(trx: Trx, versionId: string, id: string): Promise<PlanItemKind | undefined> {
	const row = await trx
		.selectFrom('plan_item')
		.select('kind')
		.where('id', '=', id)
		.where('version_id', '=', versionId)
		.executeTakeFirst();
	return row?.kind;
}

/**
 * Swaps an item with its neighbour above or below among the items of its kind that the page shows
 * together — `groupOf` names the group (an aspiration's voice, a need's area) — so that "Move up" moves
 * it up the list the person sees. Without `groupOf`, the core's `moveItem`.
 */
export async function moveInGroup(
	trx: Trx,
	versionId: string,
	kind: PlanItemKind,
	id: string,
	direction: 'up' | 'down',
	groupOf?: (data: unknown) => string
): Promise<boolean> {
	if ((await kindOf(trx, versionId, id)) !== kind) return false;
	if (!groupOf) return moveItem(trx, versionId, id, direction);
	const rows = await trx
		.selectFrom('plan_item')
		.select(['id', 'position', 'data'])
		.where('version_id', '=', versionId)
		.where('kind', '=', kind)
		.orderBy('position')
		.orderBy('id')
		.execute();
	const self = rows.find((row) => row.id === id);
	if (!self) return false;
	const group = groupOf(JSON.parse(self.data));
	const siblings = rows.filter((row) => groupOf(JSON.parse(row.data)) === group);
	const index = siblings.findIndex((row) => row.id === id);
	const neighbour = siblings[direction === 'up' ? index - 1 : index + 1];
	if (!neighbour) return false;
	const at = now().toISOString();
	await trx
		.updateTable('plan_item')
		.set({ position: neighbour.position, updated_at: at })
		.where('id', '=', id)
		.execute();
	await trx
		.updateTable('plan_item')
		.set({ position: self.position, updated_at: at })
		.where('id', '=', neighbour.id)
		.execute();
	return true;
}

/** The `move` action of a layer page: moves the item, then back to the list where it now is. */
export async function moveAction(event: Event, kind: PlanItemKind, groupOf?: (data: unknown) => string) {
	const data = await event.request.formData();
	const id = formId(data.get('id'));
	const direction = data.get('direction') === 'up' ? 'up' : data.get('direction') === 'down' ? 'down' : undefined;
	if (!id || !direction)
		return refuse(400, { errors: { form: 'That item could not be moved. Try again.' }, values: {} });
	const changed = await tryChange(event, 'edit', `${kind}:${id}`, (trx, plan) =>
		moveInGroup(trx, plan.loaded.rows.version.id, kind, id, direction, groupOf)
	);
	if (!changed.ok) return refuse(409, { errors: { form: changed.message }, values: {} });
	redirect(303, `${event.url.pathname}?moved=${id}#item-${id}`);
}

/**
 * The `delete` action of a layer page (after its confirmation step): deletes the item, its links and,
 * for an outcome, its steps, if nobody changed it since the confirmation was shown.
 */
export async function deleteAction(event: Event, kind: PlanItemKind, noun: string) {
	const data = await event.request.formData();
	const id = formId(data.get('id'));
	const revision = formRevision(data.get('revision'));
	if (!id || revision === undefined)
		return refuse(400, {
			errors: { form: `That ${noun} could not be found. It may have been deleted already.` },
			values: {}
		});
	const changed = await tryChange(event, 'edit', `${kind}:${id}`, async (trx, plan) => {
		const versionId = plan.loaded.rows.version.id;
		if ((await kindOf(trx, versionId, id)) !== kind) throw new Refused({ ok: false, reason: 'not-found' });
		const result = await deleteItem(trx, versionId, id, revision);
		if (!result.ok) throw new Refused(result);
		return result as WriteResult;
	}).catch((caught: unknown) => {
		if (caught instanceof Refused) return { ok: true, value: caught.result as WriteResult | Refusal } as const;
		throw caught;
	});
	if (!changed.ok) return refuse(409, { errors: { form: changed.message }, values: {} });
	const result = changed.value;
	if (!result.ok && result.reason === 'stale') {
		return refuse(409, {
			errors: {
				form: `Someone else changed this ${noun} since you asked to delete it. Check it below, then delete it again if you still want to.`
			},
			values: {},
			deleteId: id
		});
	}
	if (!result.ok) return refuse(409, { errors: { form: `This ${noun} had already been deleted.` }, values: {} });
	redirect(303, `${event.url.pathname}?deleted=${kind}`);
}

/** The child's name as the pages use it, and what every layer page needs about the plan. */
export function planSummary(plan: OpenPlan) {
	const { child, plan: details } = plan.loaded.document;
	const frozen = isFrozen(plan.loaded);
	return {
		planId: plan.plan.id,
		child: {
			firstName: child.firstName,
			lastName: child.lastName,
			...(child.knownAs ? { knownAs: child.knownAs } : {})
		},
		plan: {
			title: details.title,
			status: details.status,
			kind: details.kind,
			...(details.reviewDate ? { reviewDate: details.reviewDate } : {})
		},
		childName: child.knownAs ?? child.firstName,
		frozen,
		canEdit: !frozen && plan.actions.has('edit'),
		canContribute: !frozen && plan.actions.has('contribute')
	};
}

/** A finding with the link that mends it. */
export type MendableFinding = Finding & { href?: string };

/**
 * Where each finding is mended, from the page of its layer: the item's form, at the field to change
 * (`?edit=<id>#<field>`), or the next layer's form with the item ticked.
 */
export function mendHref(finding: Finding, planId: string): string | undefined {
	const id = finding.subject.id;
	const base = `/plans/${planId}`;
	switch (finding.rule) {
		case 'no-aspirations':
		case 'no-child-voice':
			return `${base}/aspirations#text`;
		case 'aspiration-without-outcome':
			return id ? `${base}/outcomes?aspiration=${id}#text` : undefined;
		case 'need-without-outcome':
			return id ? `${base}/outcomes?need=${id}#text` : undefined;
		case 'outcome-without-provision':
			return id ? `${base}/provision?outcome=${id}#text` : undefined;
		case 'outcome-without-aspiration':
			return id ? `${base}/outcomes?edit=${id}#aspirationIds` : undefined;
		case 'outcome-without-need':
			return id ? `${base}/outcomes?edit=${id}#needIds` : undefined;
		case 'outcome-not-time-bound':
		case 'outcome-date-out-of-range':
			return id ? `${base}/outcomes?edit=${id}#targetDate` : undefined;
		case 'outcome-not-measurable':
			return id ? `${base}/outcomes?edit=${id}#successCriteria` : undefined;
		case 'provision-without-outcome':
			return id ? `${base}/provision?edit=${id}#outcomeIds` : undefined;
		case 'provision-not-quantified':
			return id ? `${base}/provision?edit=${id}#sessions` : undefined;
		case 'provision-without-provider':
			return id ? `${base}/provision?edit=${id}#deliveredBy` : undefined;
		case 'vague-wording':
		case 'broken-link': {
			const layer = finding.subject.kind;
			const page =
				layer === 'aspiration'
					? 'aspirations'
					: layer === 'need'
						? 'needs'
						: layer === 'outcome'
							? 'outcomes'
							: layer === 'provision'
								? 'provision'
								: undefined;
			return id && page ? `${base}/${page}?edit=${id}#text` : undefined;
		}
		default:
			return undefined;
	}
}

/** The findings about items of `kind`, by item id, each with its mend link; and the plan-wide ones `planRules` names. */
export function findingsFor(
	plan: OpenPlan,
	kind: Finding['subject']['kind'],
	planRules: readonly Finding['rule'][] = []
) {
	const byItem: Record<string, MendableFinding[]> = {};
	const planWide: MendableFinding[] = [];
	for (const finding of plan.findings) {
		const mendable = { ...finding, href: mendHref(finding, plan.plan.id) };
		if (finding.subject.kind === kind && finding.subject.id) (byItem[finding.subject.id] ??= []).push(mendable);
		else if (finding.subject.kind === 'plan' && planRules.includes(finding.rule)) planWide.push(mendable);
	}
	return { byItem, planWide };
}

/** The `?saved=`, `?deleted=` and `?moved=` notices, and the `?edit=` / `?delete=` item, from the address. */
export function pageState(url: URL) {
	return {
		saved: formId(url.searchParams.get('saved')) ?? null,
		deleted: url.searchParams.has('deleted'),
		moved: formId(url.searchParams.get('moved')) ?? null,
		editId: formId(url.searchParams.get('edit')) ?? null,
		deleteId: formId(url.searchParams.get('delete')) ?? null
	};
}

/**
 * The `save` action's common part: runs `write` (which calls `saveItem` and throws `Refused` on a
 * refusal) in one change, then either goes back to the list (`?saved=<id>`) or refuses with everything
 * typed kept. After a stale save the refusal carries what the other person saved (`theirs`, read
 * afresh) and the revision to base the next save on; after the item was deleted meanwhile, the form
 * becomes an "add" form so that saving again adds it back.
 */
export async function saveAction(
	event: Event,
	options: {
		kind: PlanItemKind;
		noun: string;
		linkNoun: string;
		/** The field whose message a refused link shows by (the checkbox group). */
		linkField: string;
		action: PlanAction;
		id: string | undefined;
		failure: Omit<ItemFailure, 'errors'>;
		write: (trx: Trx, plan: OpenPlan) => Promise<{ id: string }>;
		theirs: (plan: OpenPlan, id: string) => ItemFailure['theirs'];
	}
) {
	const { kind, noun, id, failure } = options;
	let changed: Changed<{ id: string }>;
	try {
		changed = await tryChange(
			event,
			options.action,
			id ? `${kind}:${id}` : (saved) => `${kind}:${saved.id}`,
			options.write
		);
	} catch (caught) {
		if (!(caught instanceof Refused)) throw caught;
		const result = caught.result;
		const message = refusalMessage(result, noun, options.linkNoun);
		if (result.reason === 'stale') {
			const fresh = await openPlan(event, 'view');
			return refuse(409, {
				...failure,
				errors: { form: message },
				values: { ...failure.values, revision: String(result.currentRevision) },
				theirs: options.theirs(fresh, id!)
			});
		}
		if (result.reason === 'not-found')
			return refuse(409, {
				...failure,
				errors: { form: message },
				values: { ...failure.values, id: '', revision: '' }
			});
		if (result.reason === 'bad-link') return refuse(400, { ...failure, errors: { [options.linkField]: message } });
		return refuse(403, { ...failure, errors: { form: message } });
	}
	if (!changed.ok) return refuse(409, { ...failure, errors: { form: changed.message } });
	redirect(303, `${event.url.pathname}?saved=${changed.value.id}#item-${changed.value.id}`);
}

/** `saveItem`'s answer, or `Refused` thrown so that the change rolls back. */
export function accepted(result: WriteResult): { id: string; revision: number } {
	if (!result.ok) throw new Refused(result);
	return result;
}
