import type { Transaction } from 'kysely';
import { checkThread } from '../../thread/check';
import { newId } from '../auth/token';
import { now } from '../clock';
import type { ItemData } from './plan-document-rows';
import { loadPlan } from './plan-load';
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
	| { ok: false; reason: 'stale'; currentRevision: number; currentData: unknown }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'bad-link'; ids: string[] };

/**
 * Adds an item or changes one. A change names the revision it was based on: if someone saved in between,
 * nothing is written and the result says what they saved. Links may only point at items of the same
 * version and of the kinds the thread allows; anything else is refused, never half-written.
 */
export async function saveItem<K extends PlanItemKind>(trx: Trx, write: ItemWrite<K>): Promise<WriteResult> {
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
		await trx
			.insertInto('plan_item')
			.values({
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
			})
			.execute();
	} else {
		const current = await trx
			.selectFrom('plan_item')
			.select(['revision', 'data'])
			.where('id', '=', write.id)
			.where('version_id', '=', write.versionId)
			.where('kind', '=', write.kind)
			.executeTakeFirst();
		if (!current) return { ok: false, reason: 'not-found' };
		if (current.revision !== write.expectedRevision)
			return { ok: false, reason: 'stale', currentRevision: current.revision, currentData: JSON.parse(current.data) };
		id = write.id;
		revision = current.revision + 1;
		await trx
			.updateTable('plan_item')
			.set({ data: JSON.stringify(write.data), revision, updated_at: at, updated_by: write.accountId })
			.where('id', '=', id)
			.execute();
		if (write.links) await trx.deleteFrom('plan_link').where('from_id', '=', id).execute();
	}
	if (write.links) {
		const rows = Object.values(write.links)
			.flatMap((targets) => [...new Set(targets ?? [])])
			.map((to, position) => ({ version_id: write.versionId, from_id: id, to_id: to, position }));
		if (rows.length > 0) await trx.insertInto('plan_link').values(rows).execute();
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

/** Deletes an item (its steps and links go with it), if nobody changed it since `expectedRevision`. */
export async function deleteItem(
	trx: Trx,
	versionId: string,
	id: string,
	expectedRevision: number
): Promise<WriteResult> {
	const current = await trx
		.selectFrom('plan_item')
		.select(['revision', 'data'])
		.where('id', '=', id)
		.where('version_id', '=', versionId)
		.executeTakeFirst();
	if (!current) return { ok: false, reason: 'not-found' };
	if (current.revision !== expectedRevision)
		return { ok: false, reason: 'stale', currentRevision: current.revision, currentData: JSON.parse(current.data) };
	await trx.deleteFrom('plan_item').where('id', '=', id).execute();
	return { ok: true, id, revision: current.revision };
}

/** Swaps an item with its neighbour above or below among items of its kind (and parent). */
export async function moveItem(trx: Trx, versionId: string, id: string, direction: 'up' | 'down'): Promise<boolean> {
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
	const at = now().toISOString();
	await trx
		.updateTable('plan_item')
		.set({ position: neighbour.position, updated_at: at })
		.where('id', '=', id)
		.execute();
	await trx
		.updateTable('plan_item')
		.set({ position: item.position, updated_at: at })
		.where('id', '=', neighbour.id)
		.execute();
	return true;
}

/** Re-runs the thread checker after a change and stores its counts for the caseload. */
export async function refreshThreadCounts(trx: Trx, planId: string, today: string): Promise<void> {
	const loaded = await loadPlan(trx, planId);
	if (!loaded) return;
	const findings = checkThread(loaded.document, { today });
	await trx
		.updateTable('plan_version')
		.set({
			error_count: findings.filter((f) => f.severity === 'error').length,
			warning_count: findings.filter((f) => f.severity === 'warning').length,
			updated_at: now().toISOString()
		})
		.where('id', '=', loaded.rows.version.id)
		.execute();
}
