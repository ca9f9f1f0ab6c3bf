/**
 * The retention job in the server process (access.md, "Keeping and giving back data"): started by the
 * server's `init` hook, stopped on shutdown before the database closes. Every server runs it: two at once
 * delete each child once (see `deleteDueRecords`).
 */
import { deleteDueRecords } from './delete-due-records';
import { repeatDaily, type DailyTask } from './repeat-daily';

/** Soon after start, once migrations and the first requests are out of the way. */
const firstRunAfterMs = 10 * 1000;

let job: DailyTask | undefined;

/** Deletes the records that are due once, soon after the server starts, then every 24 hours. */
export function startRetentionJob(): void {
	job ??= repeatDaily('The retention job', deleteAndReport, firstRunAfterMs);
}

/** Stops the job, waiting for a run in progress, so that the database can close. */
export async function stopRetentionJob(): Promise<void> {
	const stopping = job;
	job = undefined;
	await stopping?.stop();
}

/** The server's log says what was done, with counts only: ids and names stay in the database and its audit log. */
async function deleteAndReport(): Promise<void> {
	const { deleted, failed } = await deleteDueRecords();
	if (deleted.length > 0) console.log(`The retention job deleted the records of ${deleted.length} children.`);
	if (failed.length > 0) console.error(`The retention job could not delete the records of ${failed.length} children.`);
}
