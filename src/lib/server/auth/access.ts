import { error } from '@sveltejs/kit';
import type { Kysely, Selectable } from 'kysely';
import type { PlanAccessLevel } from '../../roles';
import type { Database, PlanTable } from '../db/schema';
import type { Account } from '../db/accounts';

/** What can be done to a plan. */
export const planActions = ['view', 'export', 'contribute', 'edit', 'agree', 'share', 'view-audit'] as const;
export type PlanAction = (typeof planActions)[number];

const byLevel: Record<PlanAccessLevel, readonly PlanAction[]> = {
	viewer: ['view', 'export'],
	contributor: ['view', 'export', 'contribute'],
	editor: ['view', 'export', 'contribute', 'edit', 'agree', 'view-audit']
};

/**
 * The one rule for plan access (access.md). Coordinators, and admins (who in a small school are often the
 * SENCo too), may do everything to their organisation's plans. Everyone else gets what their grant for
 * this plan allows, and nothing without one. Anything not listed is denied.
 */
export function decidePlanAccess(
	account: Pick<Account, 'organisation_id' | 'role' | 'disabled_at'>,
	plan: Pick<Selectable<PlanTable>, 'organisation_id'>,
	grant: PlanAccessLevel | undefined
): ReadonlySet<PlanAction> {
	if (account.disabled_at) return new Set();
	const sameOrganisation = account.organisation_id !== null && account.organisation_id === plan.organisation_id;
	if (sameOrganisation && (account.role === 'coordinator' || account.role === 'admin')) return new Set(planActions);
	// A grant only counts for the plan's own organisation's staff, or for family members (no organisation).
	if (grant && (sameOrganisation || account.organisation_id === null)) return new Set(byLevel[grant]);
	return new Set();
}

export interface PlanAccess {
	plan: Selectable<PlanTable>;
	actions: ReadonlySet<PlanAction>;
}

/** What an account may do to a plan, or null if the plan does not exist or the account may not see it. */
export async function planAccess(db: Kysely<Database>, account: Account, planId: string): Promise<PlanAccess | null> {
	const row = await db
		.selectFrom('plan')
		.leftJoin('plan_access', (join) =>
			join.onRef('plan_access.plan_id', '=', 'plan.id').on('plan_access.account_id', '=', account.id)
		)
		.selectAll('plan')
		.select('plan_access.level')
		.where('plan.id', '=', planId)
		.executeTakeFirst();
	if (!row) return null;
	const { level, ...plan } = row;
	const actions = decidePlanAccess(account, plan, level ?? undefined);
	return actions.has('view') ? { plan, actions } : null;
}

/**
 * Every `load` and action that touches a plan calls this first. A plan the account may not see, or may
 * not act on in this way, answers 404 — the same as a plan that does not exist — so ids cannot be probed.
 */
export async function requirePlanAccess(
	db: Kysely<Database>,
	account: Account | undefined,
	planId: string,
	action: PlanAction
): Promise<PlanAccess> {
	const access = account ? await planAccess(db, account, planId) : null;
	if (!access || !access.actions.has(action)) error(404, 'Not found');
	return access;
}
