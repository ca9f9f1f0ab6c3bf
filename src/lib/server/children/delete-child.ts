/**
 * Use case: deleting a child's records. Like every use case, it opens the app's database itself (routes
 * never hold it) and passes its transaction to the repositories, which take an `Executor`.
 */
import type { Actor, StaffAccount } from '../actor';
import { database } from '../db/app-database';
import { childKeys } from '../db/child-records';
import { eraseChildRecords } from './erase-child-records';
import { inTransaction } from '../db/in-transaction';

export type DeleteChildResult = { ok: true } | { ok: false; reason: 'not-found' };

/**
 * Deletes every row holding data about a child of the organisation (their details, plans, versions,
 * items, links, plan access and invitations) with the audit row 'child.deleted' naming the child's id
 * only, and closes the accounts of family members left with no plan to see. The audit log keeps its
 * rows. The route has had the deletion confirmed (the child's name typed).
 */
export async function deleteChild(childId: string, actor: Actor<StaffAccount>): Promise<DeleteChildResult> {
	const organisationId = actor.account.organisation_id;
	return inTransaction(database(), async (trx) => {
		const keys = await childKeys(trx, organisationId, childId);
		if (!keys) return { ok: false, reason: 'not-found' } as const;
		await eraseChildRecords(trx, keys, {
			organisationId,
			action: 'child.deleted',
			accountId: actor.account.id,
			ip: actor.ip
		});
		return { ok: true } as const;
	});
}
