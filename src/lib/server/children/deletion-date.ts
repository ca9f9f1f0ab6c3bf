/**
 * Use cases: setting a date to delete a child's records sooner than their 31st birthday, and cancelling
 * it. The daily retention job (`retention/delete-due-records.ts`) deletes them on that date.
 */
import type { DeletionDateInput } from '../../forms/deletion-date';
import type { Actor, StaffAccount } from '../actor';
import { database } from '../db/app-database';
import { readChildDeletionDate, setChildDeletionDate } from '../db/child-deletion-date';
import { recordAudit } from '../db/record-audit';
import { inTransaction } from '../db/in-transaction';

export type DeletionDateResult = { ok: true } | { ok: false; reason: 'not-found' };
export type CancelDeletionResult = { ok: true } | { ok: false; reason: 'not-found' | 'not-set' };

/** The audit row of a change to a child's deletion date: the child's id, never the date or anything about them. */
function deletionDateAudit(childId: string, actor: Actor<StaffAccount>) {
	return {
		organisation_id: actor.account.organisation_id,
		account_id: actor.account.id,
		plan_id: null,
		item: `child:${childId}`,
		ip: actor.ip
	};
}

/** Sets (or moves) the date a child of the organisation's records are deleted on: 'child.deletion-scheduled'. */
export function scheduleChildDeletion(
	childId: string,
	input: DeletionDateInput,
	actor: Actor<StaffAccount>
): Promise<DeletionDateResult> {
	return inTransaction(database(), async (trx): Promise<DeletionDateResult> => {
		if (!(await setChildDeletionDate(trx, actor.account.organisation_id, childId, input.deleteOn)))
			return { ok: false, reason: 'not-found' };
		await recordAudit(trx, { ...deletionDateAudit(childId, actor), action: 'child.deletion-scheduled' });
		return { ok: true };
	});
}

/**
 * Clears the date set to delete a child's records, so that they are kept until the 31st birthday:
 * 'child.deletion-cancelled'. With no date set ('not-set', perhaps cancelled meanwhile) it writes nothing.
 */
export function cancelChildDeletion(childId: string, actor: Actor<StaffAccount>): Promise<CancelDeletionResult> {
	const organisationId = actor.account.organisation_id;
	return inTransaction(database(), async (trx): Promise<CancelDeletionResult> => {
		const deleteOn = await readChildDeletionDate(trx, organisationId, childId);
		if (deleteOn === undefined) return { ok: false, reason: 'not-found' };
		if (deleteOn === null) return { ok: false, reason: 'not-set' };
		await setChildDeletionDate(trx, organisationId, childId, null);
		await recordAudit(trx, { ...deletionDateAudit(childId, actor), action: 'child.deletion-cancelled' });
		return { ok: true };
	});
}
