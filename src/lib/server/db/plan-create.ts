import type { Transaction } from 'kysely';
import { checkThread } from '../../thread/checker/check';
import { storedCounts } from '../../thread/checker/dated-counts';
import type { PlanDocument } from '../../plan/document';
import { profileEntry } from '../../plan/profile-entry';
import { newId } from '../tokens/token';
import { now } from '../clock/clock';
import { childDetailsColumns } from './child-columns';
import { profileKinds, type ItemData } from './plan-document-rows';
import type { Database, PlanItemKind } from './schema';

export interface CreatedPlan {
	planId: string;
	versionId: string;
	childId: string;
	/** Document id → database id, for the caller to report on. */
	ids: Map<string, string>;
}

/**
 * Stores a whole PlanDocument as a new plan (version 1, draft) of a child: a new child, or `childId`'s.
 * Used to start a plan, to import one and to seed tests. Links to ids not in the document are dropped
 * (import refuses such documents before this). Run it inside the caller's transaction.
 */
export async function insertPlanDocument(
	trx: Transaction<Database>,
	input: { organisationId: string; accountId: string | null; document: PlanDocument; childId?: string; today: string }
): Promise<CreatedPlan> {
	const { document } = input;
	const at = now().toISOString();
	const childId = input.childId ?? newId();
	if (!input.childId) {
		const child = document.child;
		await trx
			.insertInto('child')
			.values({
				id: childId,
				organisation_id: input.organisationId,
				...childDetailsColumns(child),
				communication: child.communication ?? null,
				created_at: at
			})
			.execute();
	}
	const planId = newId();
	const versionId = newId();
	await trx
		.insertInto('plan')
		.values({
			id: planId,
			organisation_id: input.organisationId,
			child_id: childId,
			current_version_id: versionId,
			archived_at: null,
			archived_reason: null,
			created_at: at
		})
		.execute();
	await insertDraftVersion(trx, { versionId, planId, number: 1, document, today: input.today, at });
	const ids = await insertItems(trx, { versionId, document, accountId: input.accountId, at });
	return { planId, versionId, childId, ids };
}

/**
 * Adds a draft version of a plan holding `document`'s title, kind and dates, with the thread checker's
 * counts for the caseload. Its items are written separately (`insertItems`). Used for a new plan and for
 * the next version after a review.
 */
export async function insertDraftVersion(
	trx: Transaction<Database>,
	input: { versionId: string; planId: string; number: number; document: PlanDocument; today: string; at: string }
): Promise<void> {
	const { document, at } = input;
	const counts = storedCounts(
		checkThread({ ...document, plan: { ...document.plan, status: 'draft' } }, { today: input.today })
	);
	await trx
		.insertInto('plan_version')
		.values({
			id: input.versionId,
			plan_id: input.planId,
			number: input.number,
			status: 'draft',
			title: document.plan.title,
			kind: document.plan.kind,
			start_date: document.plan.startDate,
			review_date: document.plan.reviewDate ?? null,
			revision: 1,
			error_count: counts.errorCount,
			warning_count: counts.warningCount,
			agreed_at: null,
			agreed_by: null,
			agreed_with: null,
			snapshot: null,
			created_at: at,
			updated_at: at
		})
		.execute();
}

/** Writes every item and link of a document into a version; returns document id → database id. */
export async function insertItems(
	trx: Transaction<Database>,
	input: {
		versionId: string;
		document: PlanDocument;
		accountId: string | null;
		at: string;
		/** For a next version: the lineage of the item a document id names in the version copied from. */
		lineageOf?: (documentId: string) => string | undefined;
	}
): Promise<Map<string, string>> {
	const { versionId, document, accountId, at, lineageOf } = input;
	const items: Array<{
		id: string;
		kind: PlanItemKind;
		parent_id: string | null;
		lineage_id: string | null;
		position: number;
		data: unknown;
	}> = [];
	const ids = new Map<string, string>();
	const add = (
		kind: PlanItemKind,
		documentId: string | undefined,
		data: unknown,
		position: number,
		parent: string | null = null
	) => {
		const id = newId();
		if (documentId !== undefined) ids.set(`${kind}:${documentId}`, id);
		items.push({
			id,
			kind,
			parent_id: parent,
			lineage_id: documentId === undefined ? null : (lineageOf?.(documentId) ?? null),
			position,
			data
		});
		return id;
	};

	for (const [kind, field] of Object.entries(profileKinds) as Array<
		[keyof typeof profileKinds, (typeof profileKinds)[keyof typeof profileKinds]]
	>) {
		(document.profile?.[field] ?? []).forEach((entry, i) =>
			add(kind, undefined, profileEntry(entry) satisfies ItemData['support'], i)
		);
	}
	document.team.forEach(({ id, ...data }, i) => add('team', id, data satisfies ItemData['team'], i));
	document.aspirations.forEach(({ id, ...data }, i) => add('aspiration', id, data satisfies ItemData['aspiration'], i));
	document.needs.forEach(({ id, aspirationIds: _links, ...data }, i) =>
		add('need', id, data satisfies ItemData['need'], i)
	);
	document.outcomes.forEach(({ id, aspirationIds: _a, needIds: _n, steps, ...data }, i) => {
		const outcomeId = add('outcome', id, data satisfies ItemData['outcome'], i);
		steps.forEach((step, j) => add('step', undefined, step satisfies ItemData['step'], j, outcomeId));
	});
	document.provision.forEach(({ id, outcomeIds: _o, teamMemberId: _t, ...data }, i) =>
		add('provision', id, data satisfies ItemData['provision'], i)
	);

	const links: Array<{ from_id: string; to_id: string; position: number }> = [];
	const link = (fromKind: PlanItemKind, from: string, toKind: PlanItemKind, targets: readonly string[]) => {
		const fromId = ids.get(`${fromKind}:${from}`)!;
		const seen = new Set<string>();
		for (const target of targets) {
			const toId = ids.get(`${toKind}:${target}`);
			if (!toId || seen.has(toId)) continue;
			seen.add(toId);
			links.push({ from_id: fromId, to_id: toId, position: links.length });
		}
	};
	for (const need of document.needs) link('need', need.id, 'aspiration', need.aspirationIds);
	for (const outcome of document.outcomes) {
		link('outcome', outcome.id, 'aspiration', outcome.aspirationIds);
		link('outcome', outcome.id, 'need', outcome.needIds);
	}
	for (const provision of document.provision) {
		link('provision', provision.id, 'outcome', provision.outcomeIds);
		if (provision.teamMemberId) link('provision', provision.id, 'team', [provision.teamMemberId]);
	}

	// In chunks: SQLite allows a bounded number of parameters per statement.
	for (let i = 0; i < items.length; i += 100) {
		await trx
			.insertInto('plan_item')
			.values(
				items.slice(i, i + 100).map((item) => ({
					id: item.id,
					version_id: versionId,
					kind: item.kind,
					parent_id: item.parent_id,
					lineage_id: item.lineage_id,
					position: item.position,
					revision: 1,
					data: JSON.stringify(item.data),
					updated_at: at,
					updated_by: accountId
				}))
			)
			.execute();
	}
	for (let i = 0; i < links.length; i += 200) {
		await trx
			.insertInto('plan_link')
			.values(links.slice(i, i + 200).map((l) => ({ ...l, version_id: versionId })))
			.execute();
	}
	return ids;
}
