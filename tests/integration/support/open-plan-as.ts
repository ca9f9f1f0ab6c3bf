import type { Kysely } from 'kysely';
import type { PlanAction } from '$lib/server/auth/access';
import { readAccount } from '$lib/server/db/accounts';
import type { Database } from '$lib/server/db/schema';
import { planContext, type PlanContext } from '$lib/server/plans/plan-context';

/** The address the tests' requests come from. */
export const TEST_IP = '127.0.0.1';

/**
 * The plan's context as `openPlan` makes it for the account, to `action` it: what a route hands its use
 * case. Throws when the account may not, as the route would answer 404.
 */
export async function openPlanAs(
	db: Kysely<Database>,
	accountId: string,
	planId: string,
	action: PlanAction = 'view'
): Promise<PlanContext> {
	const account = await readAccount(db, accountId);
	const ctx = account && (await planContext(db, account, planId, action, TEST_IP));
	if (!ctx) throw new Error(`${accountId} may not ${action} plan ${planId}`);
	return ctx;
}
