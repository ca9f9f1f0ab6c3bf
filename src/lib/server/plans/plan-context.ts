import { error, type RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { checkThread } from '../../thread/checker/check';
import type { Finding } from '../../thread/finding';
import { decidePlanAccess, type PlanAction } from '../auth/access';
import type { Account } from '../db/accounts';
import { today } from '../clock/clock';
import { assemblePlan, loadPlanBody, loadPlanHead, type LoadedPlan, type PlanHomeCounts } from '../db/plan-load';
import type { Database } from '../db/schema';
import { openAccount, type AccountContext } from './account-context';
import { parsedPlan } from './parsed-plan-cache';

/**
 * Everything a plan page or action knows about the plan it works on, loaded once a request: who is
 * asking and what they may do, the plan's rows and document, and its thread checked today.
 */
export interface PlanContext extends LoadedPlan, AccountContext {
	actions: ReadonlySet<PlanAction>;
	/**
	 * The thread's findings today, for those who may edit the plan and so can mend them; none for anyone
	 * else (the family, viewers), so that no page shows them problems they cannot act on.
	 */
	findings: Finding[];
	/** Agreed or archived: read-only; changes come through a review. */
	frozen: boolean;
	/** The plan's home counts, read with its head when asked for (`home`): only the plan's home page needs them. */
	home?: PlanHomeCounts;
}

/** Whether a plan is read-only: its version is agreed, or the plan archived. */
export function isFrozen(plan: Pick<LoadedPlan, 'version' | 'planRow'>): boolean {
	return plan.version.status !== 'draft' || plan.planRow.archived_at !== null;
}

/**
 * The plan `planId` as `account` may `action` it, or undefined when the plan does not exist or the
 * account may not. One query reads the plan's head and the account's grant (and, with `home`, the plan's
 * home counts); the parsed version comes from this process's copy when the head says it is current, else
 * from two more queries.
 */
export async function planContext(
	db: Kysely<Database>,
	account: Account,
	planId: string,
	action: PlanAction,
	ip: string,
	options: { home?: boolean } = {}
): Promise<PlanContext | undefined> {
	const read = await loadPlanHead(db, planId, { accountId: account.id, home: options.home === true });
	const actions = read ? decidePlanAccess(account, read.planRow, read.grant ?? undefined) : new Set<PlanAction>();
	if (!read || !actions.has('view') || !actions.has(action)) return undefined;
	// The grant and home counts are this request's alone: the parsed copy, kept for later requests, has neither.
	const { grant: _grant, home, ...head } = read;
	const { plan, findingsOn } = await parsedPlan(head, async () =>
		assemblePlan(head, await loadPlanBody(db, head.version.id))
	);
	const on = today();
	return {
		...plan,
		db,
		account,
		ip,
		actions,
		findings: actions.has('edit') ? findingsOn(on, () => checkThread(plan.document, { today: on })) : [],
		frozen: isFrozen(plan),
		...(home && { home })
	};
}

/**
 * The first thing every plan `load` and action does. A plan the account may not see, or may not act on
 * in this way, answers 404 — the same as a plan that does not exist — so ids cannot be probed.
 */
export async function openPlan(
	event: Pick<RequestEvent, 'locals' | 'params' | 'getClientAddress'>,
	action: PlanAction,
	options: { home?: boolean } = {}
): Promise<PlanContext> {
	const planId = (event.params as { planId?: string }).planId ?? '';
	const { db, account, ip } = openAccount(event);
	const ctx = await planContext(db, account, planId, action, ip, options);
	if (!ctx) error(404, 'Not found');
	return ctx;
}
