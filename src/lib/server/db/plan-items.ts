import type { Transaction } from 'kysely';
import { newId } from '../tokens/token';
import { now } from '../clock/clock';
import type { ItemData } from './plan-document-rows';
import type { PlanDraft } from './plan-draft';
import type { Database, PlanItemKind } from './schema';

type Trx = Transaction<Database>;

/** Which kinds of item each kind may link to (the golden thread's links, and provision → team member). */
export const linkTargets = {
	need: ['aspiration'],
	outcome: ['aspiration', 'need'],
	provision: ['outcome', 'team']
} as const satisfies Partial<Record<PlanItemKind, readonly PlanItemKind[]>>;

export type Links = Partial<Record<PlanItemKind, readonly string[]>>;

export type ItemWrite<K extends PlanItemKind> = {
	versionId: string;
	kind: K;
	data: ItemData[K];
	links?: Links;
	/** A step's outcome. */
	parentId?: string;
	accountId: string;
} & ({ id?: undefined } | { id: string; expectedRevision: number });

export type WriteResult =
	| { ok: true; id: string; revision: number }
	| { ok: false; reason: 'stale'; currentRevision: number; changedBy?: ChangedBy }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'bad-link'; ids: string[] };

/** Who saved an item last, and when: the name is null once their account is gone. */
export interface ChangedBy {
	name: string | null;
	at: string;
	/** The one refused saved it, on another screen. */
	byYou: boolean;
}

/**
 * Adds an item or changes one. A change names the revision it was based on: if someone saved in between,
 * nothing is written and the result says what they saved. Links may only point at items of the same
 * version and of the kinds the thread allows; anything else is refused, never half-written. `draft`
 * takes the same change.
 */
export async function saveItem<K extends PlanItemKind>(
	trx: Trx,
	write: ItemWrite<K>,
	draft: PlanDraft
): Promise<WriteResult> {
	const at = now().toISOString();
	const badLinks = await invalidLinks(trx, write.versionId, write.kind, write.links ?? {}, write.id);
	if (badLinks.length > 0) return { ok: false, reason: 'bad-link', ids: badLinks };
	if (write.parentId) {
		const parent = await trx
			.selectFrom('plan_item')
			.select('id')
			.where('id', '=', write.parentId)
			.where('version_id', '=', write.versionId)
			.where('kind', '=', 'outcome')
			.executeTakeFirst();
		if (!parent) return { ok: false, reason: 'not-found' };
	}

	let id: string;
	let revision: number;
	if (write.id === undefined) {
		id = newId();
		revision = 1;
		const last = await trx
			.selectFrom('plan_item')
			.select((eb) => eb.fn.max('position').as('position'))
			.where('version_id', '=', write.versionId)
			.where('kind', '=', write.kind)
			.$if(write.parentId !== undefined, (q) => q.where('parent_id', '=', write.parentId!))
			.executeTakeFirst();
		const row = {
			id,
			version_id: write.versionId,
			kind: write.kind,
			parent_id: write.parentId ?? null,
			lineage_id: null,
			position: last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1,
			revision,
			data: JSON.stringify(write.data),
			updated_at: at,
			updated_by: write.accountId
		};
		await trx.insertInto('plan_item').values(row).execute();
		draft.putItem(row);
	} else {
		const current = await trx
			.selectFrom('plan_item')
			.select('revision')
			.where('id', '=', write.id)
			.where('version_id', '=', write.versionId)
			.where('kind', '=', write.kind)
			.executeTakeFirst();
		if (!current) return { ok: false, reason: 'not-found' };
		if (current.revision !== write.expectedRevision)
			return {
				ok: false,
				reason: 'stale',
				currentRevision: current.revision,
				changedBy: await lastChange(trx, write.id, write.accountId)
			};
		id = write.id;
		revision = current.revision + 1;
		const change = { data: JSON.stringify(write.data), revision, updated_at: at, updated_by: write.accountId };
		await trx.updateTable('plan_item').set(change).where('id', '=', id).execute();
		draft.updateItem(id, change);
		if (write.links) await trx.deleteFrom('plan_link').where('from_id', '=', id).execute();
	}
	if (write.links) {
		const rows = Object.values(write.links)
			.flatMap((targets) => [...new Set(targets ?? [])])
			.map((to, position) => ({ version_id: write.versionId, from_id: id, to_id: to, position }));
		if (rows.length > 0) await trx.insertInto('plan_link').values(rows).execute();
		draft.setLinksFrom(id, rows);
	}
	return { ok: true, id, revision };
}

/** Link targets that are not items of this version of an allowed kind (or that point at the item itself). */
async function invalidLinks(
	trx: Trx,
	versionId: string,
	kind: PlanItemKind,
	links: Links,
	selfId: string | undefined
): Promise<string[]> {
	const allowed: readonly PlanItemKind[] =
		(linkTargets as Partial<Record<PlanItemKind, readonly PlanItemKind[]>>)[kind] ?? [];
	const wanted = Object.entries(links) as Array<[PlanItemKind, readonly string[]]>;
	const bad = wanted.filter(([targetKind]) => !allowed.includes(targetKind)).flatMap(([, ids]) => [...ids]);
	const ids = wanted.filter(([targetKind]) => allowed.includes(targetKind)).flatMap(([, targets]) => [...targets]);
	if (ids.length === 0) return bad;
	const found = await trx
		.selectFrom('plan_item')
		.select(['id', 'kind'])
		.where('version_id', '=', versionId)
		.where('id', 'in', ids)
		.execute();
	const kinds = new Map(found.map((row) => [row.id, row.kind]));
	for (const [targetKind, targets] of wanted) {
		for (const target of targets) if (kinds.get(target) !== targetKind || target === selfId) bad.push(target);
	}
	return bad;
}

/** Who saved the item last, for the message a refused save shows: "Sam Patel changed this need at 10:42". */
async function lastChange(trx: Trx, id: string, refusedAccountId: string): Promise<ChangedBy> {
	const row = await trx
		.selectFrom('plan_item')
		.leftJoin('account', 'account.id', 'plan_item.updated_by')
		.select(['plan_item.updated_at as at', 'plan_item.updated_by as by', 'account.name as name'])
		.where('plan_item.id', '=', id)
		.executeTakeFirstOrThrow();
	return { name: row.name, at: row.at, byYou: row.by === refusedAccountId };
}

/** Deletes an item (its steps and links go with it), if nobody changed it since `expectedRevision`. */
export async function deleteItem(
	trx: Trx,
	versionId: string,
	id: string,
	expectedRevision: number,
	draft: PlanDraft
): Promise<WriteResult> {
	const current = await trx
		.selectFrom('plan_item')
		.select('revision')
		.where('id', '=', id)
		.where('version_id', '=', versionId)
		.executeTakeFirst();
	if (!current) return { ok: false, reason: 'not-found' };
	if (current.revision !== expectedRevision) return { ok: false, reason: 'stale', currentRevision: current.revision };
	await trx.deleteFrom('plan_item').where('id', '=', id).execute();
	draft.removeItem(id);
	return { ok: true, id, revision: current.revision };
}

/** Swaps an item with its neighbour above or below among items of its kind (and parent). */
export async function moveItem(
	trx: Trx,
	versionId: string,
	id: string,
	direction: 'up' | 'down',
	draft: PlanDraft
): Promise<boolean> {
	const item = await trx
		.selectFrom('plan_item')
		.select(['kind', 'parent_id', 'position'])
		.where('id', '=', id)
		.where('version_id', '=', versionId)
		.executeTakeFirst();
	if (!item) return false;
	const neighbour = await trx
		.selectFrom('plan_item')
		.select(['id', 'position'])
		.where('version_id', '=', versionId)
		.where('kind', '=', item.kind)
		.where((eb) => (item.parent_id === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', item.parent_id)))
		.where('position', direction === 'up' ? '<' : '>', item.position)
		.orderBy('position', direction === 'up' ? 'desc' : 'asc')
		.limit(1)
		.executeTakeFirst();
	if (!neighbour) return false;
	await swapPositions(trx, { id, position: item.position }, neighbour, draft);
	return true;
}

/** Two items of a version trade places in their list. */
export async function swapPositions(
	trx: Trx,
	a: { id: string; position: number },
	b: { id: string; position: number },
	draft: PlanDraft
): Promise<void> {
	const at = now().toISOString();
	for (const [row, position] of [
		[a, b.position],
		[b, a.position]
	] as const) {
		await trx.updateTable('plan_item').set({ position, updated_at: at }).where('id', '=', row.id).execute();
		draft.updateItem(row.id, { position, updated_at: at });
	}
}

/** Replaces an outcome's steps with `steps`, in order. */
export async function replaceSteps(
	trx: Trx,
	versionId: string,
	outcomeId: string,
	steps: readonly ItemData['step'][],
	accountId: string,
	draft: PlanDraft
): Promise<WriteResult | undefined> {
	const old = await trx
		.deleteFrom('plan_item')
		.where('version_id', '=', versionId)
		.where('kind', '=', 'step')
		.where('parent_id', '=', outcomeId)
		.returning('id')
		.execute();
	for (const row of old) draft.removeItem(row.id);
	for (const step of steps) {
		const saved = await saveItem(trx, { versionId, kind: 'step', data: step, parentId: outcomeId, accountId }, draft);
		if (!saved.ok) return saved;
	}
	return undefined;
}
