import type { Selectable } from 'kysely';
import type { PlanDocument } from '../../plan/document';
import type { PlanAccessLevel } from '../../roles';
import { rowsToDocument, type ItemIndex } from './plan-document-rows';
import type { ChildTable, PlanItemTable, PlanLinkTable, PlanTable, PlanVersionTable } from './schema';
import type { Executor } from './executor';
import { latestPlanAuditIdQuery } from './plan-change-feed';
import { sharedWithQuery } from './plan-details';
import { newPlanNotesQuery } from './plan-notes';

/** A plan's own row, its child and one of its versions: one small read. */
export interface PlanHead {
	planRow: Selectable<PlanTable>;
	child: Selectable<ChildTable>;
	version: Selectable<PlanVersionTable>;
}

/**
 * What the plan's home page shows beside the plan, read with its head: the plan's latest audit row (where
 * its live changes start), how many people it is shared with, and its notes new to the team.
 */
export interface PlanHomeCounts {
	latestAuditId: number;
	sharedWith: number;
	newNotes: number;
}

/** A version's items (in list order) and links (in the order they were made). */
export interface PlanBody {
	items: Selectable<PlanItemTable>[];
	links: Selectable<PlanLinkTable>[];
}

/** A whole plan version: its rows, and the plan document they make. */
export interface LoadedPlan extends PlanHead, PlanBody, ItemIndex {
	document: PlanDocument;
}

/**
 * The head of a plan in one query: the plan, its child, the version (the current one unless `versionId`
 * names another of its versions), when `accountId` is given, that account's grant on the plan and, when
 * `home` is set, the plan's home counts (in the same statement, so all of it is one moment's state).
 */
export async function loadPlanHead(
	db: Executor,
	planId: string,
	options: { versionId?: string; accountId?: string; home?: boolean } = {}
): Promise<(PlanHead & { grant: PlanAccessLevel | null; home?: PlanHomeCounts }) | undefined> {
	const { versionId, accountId, home } = options;
	const head = await db
		.selectFrom('plan')
		.innerJoin('child', 'child.id', 'plan.child_id')
		.innerJoin('plan_version', (join) =>
			versionId
				? join.onRef('plan_version.plan_id', '=', 'plan.id').on('plan_version.id', '=', versionId)
				: join.onRef('plan_version.id', '=', 'plan.current_version_id')
		)
		.leftJoin('plan_access', (join) =>
			join.onRef('plan_access.plan_id', '=', 'plan.id').on('plan_access.account_id', '=', accountId ?? '')
		)
		.select([
			'plan.id as plan_id',
			'plan.organisation_id as plan_organisation_id',
			'plan.child_id as plan_child_id',
			'plan.current_version_id',
			'plan.archived_at',
			'plan.archived_reason',
			'plan.created_at as plan_created_at',
			'child.id as child_id',
			'child.organisation_id as child_organisation_id',
			'child.first_name',
			'child.last_name',
			'child.known_as',
			'child.date_of_birth',
			'child.pronouns',
			'child.setting',
			'child.communication',
			'child.search_name',
			'child.created_at as child_created_at',
			'child.delete_on',
			'child.family_language',
			'child.needs_interpreter',
			'plan_version.id as version_id',
			'plan_version.number',
			'plan_version.status',
			'plan_version.title',
			'plan_version.kind',
			'plan_version.start_date',
			'plan_version.review_date',
			'plan_version.revision',
			'plan_version.content_revision',
			'plan_version.error_count',
			'plan_version.warning_count',
			'plan_version.agreed_at',
			'plan_version.agreed_by',
			'plan_version.agreed_with',
			'plan_version.snapshot',
			'plan_version.created_at as version_created_at',
			'plan_version.updated_at as version_updated_at',
			'plan_access.level as grant'
		])
		.$if(home === true, (query) =>
			query.select((eb) => [
				latestPlanAuditIdQuery(eb.ref('plan.id')).as('latest_audit_id'),
				sharedWithQuery(eb.ref('plan.id')).as('shared_with'),
				newPlanNotesQuery(eb.ref('plan.id')).as('new_notes')
			])
		)
		.where('plan.id', '=', planId)
		.executeTakeFirst();
	if (!head) return undefined;
	return {
		grant: head.grant,
		...(home && {
			home: {
				latestAuditId: Number(head.latest_audit_id ?? 0),
				sharedWith: Number(head.shared_with ?? 0),
				newNotes: Number(head.new_notes ?? 0)
			}
		}),
		planRow: {
			id: head.plan_id,
			organisation_id: head.plan_organisation_id,
			child_id: head.plan_child_id,
			current_version_id: head.current_version_id,
			archived_at: head.archived_at,
			archived_reason: head.archived_reason,
			created_at: head.plan_created_at
		},
		child: {
			id: head.child_id,
			organisation_id: head.child_organisation_id,
			first_name: head.first_name,
			last_name: head.last_name,
			known_as: head.known_as,
			date_of_birth: head.date_of_birth,
			pronouns: head.pronouns,
			setting: head.setting,
			communication: head.communication,
			search_name: head.search_name,
			created_at: head.child_created_at,
			delete_on: head.delete_on,
			family_language: head.family_language,
			needs_interpreter: head.needs_interpreter
		},
		version: {
			id: head.version_id,
			plan_id: head.plan_id,
			number: head.number,
			status: head.status,
			title: head.title,
			kind: head.kind,
			start_date: head.start_date,
			review_date: head.review_date,
			revision: head.revision,
			content_revision: head.content_revision,
			error_count: head.error_count,
			warning_count: head.warning_count,
			agreed_at: head.agreed_at,
			agreed_by: head.agreed_by,
			agreed_with: head.agreed_with,
			snapshot: head.snapshot,
			created_at: head.version_created_at,
			updated_at: head.version_updated_at
		}
	};
}

/** A version's items and links, in two queries whatever its size. */
export async function loadPlanBody(db: Executor, versionId: string): Promise<PlanBody> {
	const [items, links] = await Promise.all([
		db
			.selectFrom('plan_item')
			.selectAll()
			.where('version_id', '=', versionId)
			.orderBy('position')
			.orderBy('id')
			.execute(),
		db.selectFrom('plan_link').selectAll().where('version_id', '=', versionId).orderBy('position').execute()
	]);
	return { items, links };
}

/** The plan document and item index a version's rows make. */
export function assemblePlan(head: PlanHead, body: PlanBody): LoadedPlan {
	const { document, index } = rowsToDocument({ plan: head.planRow, child: head.child, version: head.version, ...body });
	return { ...head, ...body, document, ...index };
}

/** A whole plan version in three queries, whatever its size. Defaults to the current version. */
export async function loadPlan(db: Executor, planId: string, versionId?: string): Promise<LoadedPlan | undefined> {
	const head = await loadPlanHead(db, planId, versionId ? { versionId } : {});
	if (!head) return undefined;
	return assemblePlan(head, await loadPlanBody(db, head.version.id));
}
