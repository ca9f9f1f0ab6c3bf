import type { Executor } from './executor';

/**
 * What may have changed under a plan since it was read: its version's status and content revision (which
 * every change to the version moves on) and whether the plan is archived. Undefined once it is deleted.
 */
export function readVersionState(db: Executor, versionId: string) {
	return db
		.selectFrom('plan_version')
		.innerJoin('plan', 'plan.id', 'plan_version.plan_id')
		.select(['plan_version.status', 'plan_version.content_revision', 'plan.archived_at'])
		.where('plan_version.id', '=', versionId)
		.executeTakeFirst();
}
