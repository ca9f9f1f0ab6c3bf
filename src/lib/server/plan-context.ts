import { error, type RequestEvent } from '@sveltejs/kit';
import type { Transaction } from 'kysely';
import { checkThread } from '../thread/check';
import type { Finding } from '../thread/finding';
import { requirePlanAccess, type PlanAccess, type PlanAction } from './auth/access';
import type { Account } from './auth/session';
import { recordAudit } from './audit';
import { today } from './clock';
import { database } from './db/app-database';
import { refreshThreadCounts } from './db/plan-items';
import { loadPlan, type LoadedPlan } from './db/plan-load';
import type { Database } from './db/schema';

export interface OpenPlan extends PlanAccess {
	account: Account;
	loaded: LoadedPlan;
	findings: Finding[];
}

/**
 * The first thing every plan `load` and action does: checks the account may do `action` to the plan
 * (404 otherwise, the same as a plan that does not exist), then loads the current version whole and
 * checks its thread.
 */
export async function openPlan(event: Pick<RequestEvent, 'locals' | 'params'>, action: PlanAction): Promise<OpenPlan> {
	const planId = (event.params as { planId?: string }).planId ?? '';
	const account = event.locals.auth?.account;
	const db = database();
	const access = await requirePlanAccess(db, account, planId, action);
	const loaded = await loadPlan(db, planId);
	if (!loaded) error(404, 'Not found');
	return { ...access, account: account!, loaded, findings: checkThread(loaded.document, { today: today() }) };
}

export class PlanFrozenError extends Error {}

/** Whether the plan is read-only: its version is agreed, or the plan archived. Changes then come through a review. */
export function isFrozen(loaded: Pick<LoadedPlan, 'rows'>): boolean {
	return loaded.rows.version.status !== 'draft' || loaded.rows.plan.archived_at !== null;
}

/** The item a change's audit row names: known beforehand, or (for an item it adds) from what it made. */
export type AuditedItem<T> = string | null | ((result: T) => string);

/**
 * Runs a change to the current version in one transaction with its audit row ("plan changed", naming the
 * item), and refreshes the thread counts the caseload shows. An agreed or archived plan is read-only:
 * the change is refused (changes come through a review).
 */
export async function changePlan<T>(
	event: Pick<RequestEvent, 'locals' | 'params' | 'getClientAddress'>,
	action: PlanAction,
	item: AuditedItem<T>,
	change: (trx: Transaction<Database>, plan: OpenPlan) => Promise<T>
): Promise<T> {
	const plan = await openPlan(event, action);
	if (isFrozen(plan.loaded))
		throw new PlanFrozenError('This plan has been agreed, so it cannot be changed. Changes come through a review.');
	return database()
		.transaction()
		.execute(async (trx) => {
			// Checked again inside the transaction: an agreement landing since the plan was opened wins.
			const version = await trx
				.selectFrom('plan_version')
				.select('status')
				.where('id', '=', plan.loaded.rows.version.id)
				.executeTakeFirst();
			if (version?.status !== 'draft')
				throw new PlanFrozenError('This plan has been agreed, so it cannot be changed. Changes come through a review.');
			const result = await change(trx, plan);
			await refreshThreadCounts(trx, plan.plan.id, today());
			await recordAudit(trx, {
				organisation_id: plan.plan.organisation_id,
				account_id: plan.account.id,
				plan_id: plan.plan.id,
				action: 'plan.changed',
				item: typeof item === 'function' ? item(result) : item,
				ip: event.getClientAddress()
			});
			return result;
		});
}
