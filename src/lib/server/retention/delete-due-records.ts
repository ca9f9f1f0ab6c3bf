/**
 * Use case: the daily retention job's work. It acts for no one (the audit rows name no account and no
 * address) and deletes each child's records in a transaction of its own, so one that fails leaves the
 * others done and is tried again the next day.
 */
import type { Selectable } from 'kysely';
import { addMonths, type IsoDate } from '../../dates';
import { recordsKeptUntil } from '../../records-kept-until';
import { eraseChildRecords, type Erasure } from '../children/erase-child-records';
import { today } from '../clock/clock';
import { database } from '../db/app-database';
import { childKeys } from '../db/child-records';
import { childrenMaybeDueForDeletion, takeChildForDeletion } from '../db/children-due-for-deletion';
import type { ChildTable } from '../db/schema';
import { inTransaction } from '../db/in-transaction';

/** Why a child's records are deleted today, as the audit log names it; null when they are kept. */
function deletionDue(
	child: Pick<Selectable<ChildTable>, 'date_of_birth' | 'delete_on'>,
	on: IsoDate
): Erasure['action'] | null {
	if (recordsKeptUntil(child.date_of_birth) <= on) return 'child.deleted.retention';
	if (child.delete_on !== null && child.delete_on <= on) return 'child.deleted.scheduled';
	return null;
}

export interface RetentionRun {
	/** The children whose records this run deleted, by id. */
	deleted: string[];
	/** Those it could not delete (the error is logged); the next run tries again. */
	failed: string[];
}

/**
 * Deletes the records of every child who has turned 31 (in UK dates) and of every child whose records an
 * admin set a date to delete that has come, with the family accounts left with no plan (see
 * `eraseChildRecords`). Each child is taken and checked again inside its transaction, so a date cancelled
 * meanwhile is kept, and a second server running the job at the same time deletes and records nothing twice.
 */
export async function deleteDueRecords(): Promise<RetentionRun> {
	const db = database();
	const on = today();
	// The query only narrows and `deletionDue` decides. Its bound is a month later than 31 years back,
	// because 31 years back from 28 February is 28 February, yet someone born the next day, 29 February,
	// turns 31 on it too.
	const candidates = await childrenMaybeDueForDeletion(db, on, addMonths(on, -31 * 12 + 1));
	const run: RetentionRun = { deleted: [], failed: [] };
	for (const candidate of candidates) {
		if (!deletionDue(candidate, on)) continue;
		try {
			const deleted = await inTransaction(db, async (trx) => {
				const child = await takeChildForDeletion(trx, candidate.id);
				const action = child && deletionDue(child, on);
				if (!child || !action) return false;
				const keys = await childKeys(trx, child.organisation_id, child.id);
				if (!keys) return false;
				await eraseChildRecords(trx, keys, {
					organisationId: child.organisation_id,
					action,
					accountId: null,
					ip: null
				});
				return true;
			});
			if (deleted) run.deleted.push(candidate.id);
		} catch (error) {
			console.error(`The retention job could not delete the records of child ${candidate.id}`, error);
			run.failed.push(candidate.id);
		}
	}
	return run;
}
