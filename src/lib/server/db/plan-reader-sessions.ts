import type { Executor } from './executor';

/**
 * The sessions among `sessionIds`, each with what decides whether it may still read plan `planId`: its
 * account (enabled, organisation, role), the plan's organisation and the account's grant on the plan. One
 * query for every reader of a plan at once; a session not found is not in the answer.
 */
export function readPlanReaderSessions(db: Executor, planId: string, sessionIds: readonly string[]) {
	return db
		.selectFrom('session')
		.innerJoin('account', 'account.id', 'session.account_id')
		.innerJoin('plan', (join) => join.on('plan.id', '=', planId))
		.leftJoin('plan_access', (join) =>
			join.onRef('plan_access.plan_id', '=', 'plan.id').onRef('plan_access.account_id', '=', 'account.id')
		)
		.select([
			'session.id',
			'session.secret_hash',
			'session.created_at',
			'session.last_active_at',
			'session.account_id',
			'account.disabled_at',
			'account.organisation_id',
			'account.role',
			'plan.organisation_id as plan_organisation_id',
			'plan_access.level as grant'
		])
		.where('session.id', 'in', [...sessionIds])
		.execute();
}
