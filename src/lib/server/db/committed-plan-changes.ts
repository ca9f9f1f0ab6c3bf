import type { Transaction } from 'kysely';
import type { Executor } from './executor';
import type { Database } from './schema';

type Listener = (planIds: readonly string[]) => void;

const changedIn = new WeakMap<Transaction<Database>, Set<string>>();
const listeners = new Set<Listener>();

/**
 * Notes that `db` changed plan `planId`. In a transaction, the plan is told of once the transaction has
 * committed (`tellCommittedPlanChanges`), never if it rolls back; outside one, it already has.
 */
export function notePlanChange(db: Executor, planId: string): void {
	if (!db.isTransaction) return tell([planId]);
	const trx = db as Transaction<Database>;
	const planIds = changedIn.get(trx) ?? new Set<string>();
	planIds.add(planId);
	changedIn.set(trx, planIds);
}

/** Tells the listeners of the plans `trx` changed; `inTransaction` calls it after the commit. */
export function tellCommittedPlanChanges(trx: Transaction<Database>): void {
	const planIds = changedIn.get(trx);
	changedIn.delete(trx);
	if (planIds) tell([...planIds]);
}

/** Calls `listener` with the plans each committed change touched; answers how to stop. */
export function whenPlanChangesCommit(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function tell(planIds: readonly string[]): void {
	for (const listener of listeners) listener(planIds);
}
