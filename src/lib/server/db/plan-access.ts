import type { PlanAccessLevel } from '../../roles';
import { now } from '../clock/clock';
import type { Executor } from './executor';

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
