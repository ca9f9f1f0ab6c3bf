import type { ExpressionBuilder } from 'kysely';
import type { PlanAccessLevel } from '../../roles';
import { now } from '../clock/clock';
import type { Executor } from './executor';
import type { Database } from './schema';

/** Everyone granted access to a plan, by name. */
export async function listPlanGrants(db: Executor, planId: string) {
	return db
		.selectFrom('plan_access')
		.innerJoin('account', 'account.id', 'plan_access.account_id')
		.select([
			'account.id',
			'account.name',
			'account.email',
			'account.organisation_id',
			'account.disabled_at',
			'account.professional_role',
			'account.professional_organisation',
			'plan_access.level',
			'plan_access.granted_at',
			'plan_access.key_worker'
		])
		.where('plan_access.plan_id', '=', planId)
		.orderBy('account.name')
		.execute();
}

/** Grants (or changes) an account's access to a plan. */
export async function grantPlanAccess(
	db: Executor,
	planId: string,
	accountId: string,
	level: PlanAccessLevel,
	grantedBy: string | null
): Promise<void> {
	const at = now().toISOString();
	const updated = await db
		.updateTable('plan_access')
		.set({ level, granted_by: grantedBy, granted_at: at })
		.where('plan_id', '=', planId)
		.where('account_id', '=', accountId)
		.executeTakeFirst();
	if (Number(updated.numUpdatedRows) === 0) {
		await db
			.insertInto('plan_access')
			.values({ plan_id: planId, account_id: accountId, level, granted_by: grantedBy, granted_at: at })
			.execute();
	}
}

export async function withdrawPlanAccess(db: Executor, planId: string, accountId: string): Promise<boolean> {
	const result = await db
		.deleteFrom('plan_access')
		.where('plan_id', '=', planId)
		.where('account_id', '=', accountId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

/**
 * Makes `accountId` the plan's only key worker, or leaves it with none (null). The key worker must already
 * have access to the plan and be an active member of its organisation; when they are not, nothing changes
 * and the answer is false.
 */
export async function setKeyWorker(
	db: Executor,
	plan: { id: string; organisationId: string },
	accountId: string | null
): Promise<boolean> {
	if (accountId !== null) {
		const candidate = await db
			.selectFrom('plan_access')
			.innerJoin('account', 'account.id', 'plan_access.account_id')
			.select('account.id')
			.where('plan_access.plan_id', '=', plan.id)
			.where('account.id', '=', accountId)
			.where('account.organisation_id', '=', plan.organisationId)
			.where('account.disabled_at', 'is', null)
			.executeTakeFirst();
		if (!candidate) return false;
	}
	await db.updateTable('plan_access').set({ key_worker: 0 }).where('plan_id', '=', plan.id).execute();
	if (accountId !== null)
		await db
			.updateTable('plan_access')
			.set({ key_worker: 1 })
			.where('plan_id', '=', plan.id)
			.where('account_id', '=', accountId)
			.execute();
	return true;
}

/**
 * Whether the account of the outer query has access to one of the organisation's plans (as its key worker,
 * when `asKeyWorker`): for the lists of people the caseload's and the audit log's filters offer.
 */
export function hasAccessInOrganisation(
	eb: ExpressionBuilder<Database, 'account'>,
	organisationId: string,
	asKeyWorker = false
) {
	return eb.exists(
		eb
			.selectFrom('plan_access')
			.innerJoin('plan', 'plan.id', 'plan_access.plan_id')
			.select('plan_access.plan_id')
			.whereRef('plan_access.account_id', '=', 'account.id')
			.where('plan.organisation_id', '=', organisationId)
			.$if(asKeyWorker, (q) => q.where('plan_access.key_worker', '=', 1))
	);
}
