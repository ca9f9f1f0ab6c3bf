import type { Transaction } from 'kysely';
import type { PlanKind } from '../../plan/document';
import { now } from '../clock';
import { searchName } from './child-names';
import type { LoadedPlan } from './plan-load';
import type { Database } from './schema';

type Trx = Transaction<Database>;

/** What every plan page's header shows (PlanHeader's props), from a loaded plan. */
export function planHeader(loaded: LoadedPlan) {
	const { child, plan } = loaded.document;
	return {
		child: { firstName: child.firstName, lastName: child.lastName, knownAs: child.knownAs ?? null },
		plan: { title: plan.title, status: plan.status, reviewDate: plan.reviewDate ?? null, kind: plan.kind }
	};
}

/** The name the plan's pages call the child by: the name they are known by, else their first name. */
export function calledBy(loaded: Pick<LoadedPlan, 'document'>): string {
	return loaded.document.child.knownAs ?? loaded.document.child.firstName;
}

export interface ChildFields {
	firstName: string;
	lastName: string;
	knownAs?: string | undefined;
	dateOfBirth: string;
	pronouns?: string | undefined;
	setting?: string | undefined;
}

export interface PlanFields {
	title: string;
	kind: PlanKind;
	startDate: string;
	reviewDate?: string | undefined;
}

export type DetailsWrite =
	| { ok: true; revision: number }
	| { ok: false; reason: 'stale'; currentRevision: number }
	| { ok: false; reason: 'not-found' };

/**
 * Moves the version's revision on by one if it is still `expectedRevision`: the check that a change to
 * the child's details, the plan's details or how the child communicates was based on what is stored now.
 */
async function bumpRevision(trx: Trx, versionId: string, expectedRevision: number): Promise<DetailsWrite> {
	const version = await trx
		.selectFrom('plan_version')
		.select('revision')
		.where('id', '=', versionId)
		.executeTakeFirst();
	if (!version) return { ok: false, reason: 'not-found' };
	if (version.revision !== expectedRevision) return { ok: false, reason: 'stale', currentRevision: version.revision };
	const revision = version.revision + 1;
	await trx
		.updateTable('plan_version')
		.set({ revision, updated_at: now().toISOString() })
		.where('id', '=', versionId)
		.where('revision', '=', expectedRevision)
		.execute();
	return { ok: true, revision };
}

/** Changes the child's details (and the name the caseload searches), guarded by the version's revision. */
export async function saveChildDetails(
	trx: Trx,
	input: { childId: string; versionId: string; expectedRevision: number; child: ChildFields }
): Promise<DetailsWrite> {
	const result = await bumpRevision(trx, input.versionId, input.expectedRevision);
	if (!result.ok) return result;
	const { child } = input;
	await trx
		.updateTable('child')
		.set({
			first_name: child.firstName,
			last_name: child.lastName,
			known_as: child.knownAs ?? null,
			date_of_birth: child.dateOfBirth,
			pronouns: child.pronouns ?? null,
			setting: child.setting ?? null,
			search_name: searchName({
				firstName: child.firstName,
				lastName: child.lastName,
				...(child.knownAs ? { knownAs: child.knownAs } : {})
			})
		})
		.where('id', '=', input.childId)
		.execute();
	return result;
}

/** Changes how the child communicates (About me), guarded by the version's revision. */
export async function saveCommunication(
	trx: Trx,
	input: { childId: string; versionId: string; expectedRevision: number; communication: string | undefined }
): Promise<DetailsWrite> {
	const result = await bumpRevision(trx, input.versionId, input.expectedRevision);
	if (!result.ok) return result;
	await trx
		.updateTable('child')
		.set({ communication: input.communication ?? null })
		.where('id', '=', input.childId)
		.execute();
	return result;
}

/** Changes the plan's title, kind and dates on its current version, guarded by the version's revision. */
export async function savePlanDetails(
	trx: Trx,
	input: { versionId: string; expectedRevision: number; plan: PlanFields }
): Promise<DetailsWrite> {
	const result = await bumpRevision(trx, input.versionId, input.expectedRevision);
	if (!result.ok) return result;
	const { plan } = input;
	await trx
		.updateTable('plan_version')
		.set({ title: plan.title, kind: plan.kind, start_date: plan.startDate, review_date: plan.reviewDate ?? null })
		.where('id', '=', input.versionId)
		.execute();
	return result;
}

/** How many people have been given access to a plan (for the task list's "Share"). */
export async function countSharedWith(trx: Pick<Trx, 'selectFrom'>, planId: string): Promise<number> {
	const row = await trx
		.selectFrom('plan_access')
		.select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

/** The one-page profile's items of a version, with their ids and revisions, in list order. */
export async function readProfileItems(trx: Pick<Trx, 'selectFrom'>, versionId: string) {
	const rows = await trx
		.selectFrom('plan_item')
		.select(['id', 'kind', 'revision', 'data'])
		.where('version_id', '=', versionId)
		.where('kind', 'in', ['like-and-admire', 'important', 'support'])
		.orderBy('position')
		.orderBy('id')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		kind: row.kind as 'like-and-admire' | 'important' | 'support',
		revision: row.revision,
		text: String((JSON.parse(row.data) as { text?: unknown }).text ?? '')
	}));
}
