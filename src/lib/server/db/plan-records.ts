import type { Account } from './accounts';
import type { Executor } from './executor';

/**
 * The plans an account may see, as access.md says: coordinators and admins see all their organisation's
 * plans; everyone else only the plans granted to them.
 */
export function visiblePlans(db: Executor, account: Account) {
	const everything = account.organisation_id !== null && (account.role === 'coordinator' || account.role === 'admin');
	return db
		.selectFrom('plan')
		.$if(everything, (q) => q.where('plan.organisation_id', '=', account.organisation_id!))
		.$if(!everything, (q) =>
			q.where((eb) =>
				eb.exists(
					eb
						.selectFrom('plan_access')
						.select('plan_access.plan_id')
						.whereRef('plan_access.plan_id', '=', 'plan.id')
						.where('plan_access.account_id', '=', account.id)
				)
			)
		);
}
