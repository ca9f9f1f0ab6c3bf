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
			'plan_access.granted_at'
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
