import { rowsToDocument, type ItemIndex, type PlanRows } from './plan-document-rows';
import type { Executor } from './executor';

export interface LoadedPlan extends ItemIndex {
	rows: Omit<PlanRows, 'items' | 'links'>;
	document: ReturnType<typeof rowsToDocument>['document'];
}

/**
 * A whole plan version in three queries, whatever its size: the plan with its child and version, the
 * version's items, and its links. Defaults to the current version.
 */
export async function loadPlan(db: Executor, planId: string, versionId?: string): Promise<LoadedPlan | undefined> {
	const head = await db
		.selectFrom('plan')
		.innerJoin('child', 'child.id', 'plan.child_id')
		.innerJoin('plan_version', (join) =>
			versionId
				? join.onRef('plan_version.plan_id', '=', 'plan.id').on('plan_version.id', '=', versionId)
				: join.onRef('plan_version.id', '=', 'plan.current_version_id')
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
			'plan_version.id as version_id',
			'plan_version.number',
			'plan_version.status',
			'plan_version.title',
			'plan_version.kind',
			'plan_version.start_date',
			'plan_version.review_date',
			'plan_version.revision',
			'plan_version.error_count',
			'plan_version.warning_count',
			'plan_version.agreed_at',
			'plan_version.agreed_by',
			'plan_version.agreed_with',
			'plan_version.snapshot',
			'plan_version.created_at as version_created_at',
			'plan_version.updated_at as version_updated_at'
		])
		.where('plan.id', '=', planId)
		.executeTakeFirst();
	if (!head) return undefined;

	const [items, links] = await Promise.all([
		db
			.selectFrom('plan_item')
			.selectAll()
			.where('version_id', '=', head.version_id)
			.orderBy('position')
			.orderBy('id')
			.execute(),
		db.selectFrom('plan_link').selectAll().where('version_id', '=', head.version_id).orderBy('position').execute()
	]);
	const rows: Omit<PlanRows, 'items' | 'links'> = {
		plan: {
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
			created_at: head.child_created_at
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
	const { document, index } = rowsToDocument({ ...rows, items, links });
	return { rows, document, ...index };
}
