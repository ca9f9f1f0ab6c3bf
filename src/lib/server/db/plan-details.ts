import { expressionBuilder, type Expression, type Selectable, type Transaction } from 'kysely';
import type { ChildDetailsInput } from '../../forms/child-details';
import type { PlanDetailsInput } from '../../forms/plan-details';
import { calledName } from '../../plan/child-name';
import { profileEntry } from '../../plan/profile-entry';
import { now } from '../clock/clock';
import { childDetailsColumns } from './child-columns';
import type { Account } from './accounts';
import type { ItemData } from './plan-document-rows';
import type { PlanDraft } from './plan-draft';
import type { LoadedPlan } from './plan-load';
import type { Database, PlanItemTable } from './schema';

type Trx = Transaction<Database>;

/**
 * What every plan page's header shows (PlanHeader's props), from a loaded plan and who is looking: for
 * the organisation's admins, the child's name links to the child's records (download, deletion).
 */
export function planHeader(loaded: LoadedPlan & { account: Pick<Account, 'role' | 'organisation_id'> }) {
	const { child, plan } = loaded.document;
	const { account, planRow } = loaded;
	const admin = account.role === 'admin' && account.organisation_id === planRow.organisation_id;
	return {
		child: {
			firstName: child.firstName,
			lastName: child.lastName,
			knownAs: child.knownAs ?? null,
			recordsHref: admin ? `/children/${planRow.child_id}` : null
		},
		plan: { title: plan.title, status: plan.status, reviewDate: plan.reviewDate ?? null, kind: plan.kind }
	};
}

/** The name the plan's pages call the child by: the name they are known by, else their first name. */
export function calledBy(loaded: Pick<LoadedPlan, 'document'>): string {
	return calledName(loaded.document.child);
}

export type DetailsWrite =
	| { ok: true; revision: number }
	| { ok: false; reason: 'stale'; currentRevision: number }
	| { ok: false; reason: 'not-found' };

/**
 * Moves the version's revision on by one if it is still `expectedRevision`: the check that a change to
 * the child's details, the plan's details or how the child communicates was based on what is stored now.
 */
async function bumpRevision(
	trx: Trx,
	versionId: string,
	expectedRevision: number,
	draft: PlanDraft
): Promise<DetailsWrite> {
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
	draft.setVersion({ revision });
	return { ok: true, revision };
}

/** Changes the child's details (and the name the caseload searches), guarded by the version's revision. */
export async function saveChildDetails(
	trx: Trx,
	input: { childId: string; versionId: string; expectedRevision: number; child: Omit<ChildDetailsInput, 'revision'> },
	draft: PlanDraft
): Promise<DetailsWrite> {
	const result = await bumpRevision(trx, input.versionId, input.expectedRevision, draft);
	if (!result.ok) return result;
	const change = childDetailsColumns(input.child);
	await trx.updateTable('child').set(change).where('id', '=', input.childId).execute();
	draft.setChild(change);
	return result;
}

/** Changes how the child communicates (About me), guarded by the version's revision. */
export async function saveCommunication(
	trx: Trx,
	input: { childId: string; versionId: string; expectedRevision: number; communication: string | undefined },
	draft: PlanDraft
): Promise<DetailsWrite> {
	const result = await bumpRevision(trx, input.versionId, input.expectedRevision, draft);
	if (!result.ok) return result;
	const change = { communication: input.communication ?? null };
	await trx.updateTable('child').set(change).where('id', '=', input.childId).execute();
	draft.setChild(change);
	return result;
}

/** Changes the plan's title, kind and dates on its current version, guarded by the version's revision. */
export async function savePlanDetails(
	trx: Trx,
	input: { versionId: string; expectedRevision: number; plan: Omit<PlanDetailsInput, 'revision'> },
	draft: PlanDraft
): Promise<DetailsWrite> {
	const result = await bumpRevision(trx, input.versionId, input.expectedRevision, draft);
	if (!result.ok) return result;
	const { plan } = input;
	const change = {
		title: plan.title,
		kind: plan.kind,
		start_date: plan.startDate,
		review_date: plan.reviewDate ?? null
	};
	await trx.updateTable('plan_version').set(change).where('id', '=', input.versionId).execute();
	draft.setVersion(change);
	return result;
}

/**
 * How many people have been given access to a plan (for the task list's "Share"), as a subquery: `planId`
 * may be a column of the query it goes into (the plan's head reads it this way, for the plan's home).
 */
export function sharedWithQuery(planId: string | Expression<string>) {
	return expressionBuilder<Database>()
		.selectFrom('plan_access')
		.select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
		.where('plan_access.plan_id', '=', planId);
}

/** The one-page profile's items of a version's rows, with their ids and revisions, in list order. */
export function profileItems(items: readonly Pick<Selectable<PlanItemTable>, 'id' | 'kind' | 'revision' | 'data'>[]) {
	return items.flatMap((row) =>
		row.kind === 'like-and-admire' || row.kind === 'important' || row.kind === 'support'
			? [
					{
						id: row.id,
						kind: row.kind,
						revision: row.revision,
						...profileEntry(JSON.parse(row.data) as ItemData['support'])
					}
				]
			: []
	);
}
