import type { Insertable } from 'kysely';
import type { Executor } from './executor';
import type { MeetingPresenceTable } from './schema';

/** Shows someone as having the meeting open, from now (again, if they already were). */
export async function showPresence(db: Executor, row: Insertable<MeetingPresenceTable>): Promise<void> {
	await db
		.insertInto('meeting_presence')
		.values(row)
		.onConflict((conflict) =>
			conflict.columns(['meeting_id', 'account_id']).doUpdateSet({ name: row.name, seen_at: row.seen_at })
		)
		.execute();
}

/** Stops showing someone; false when they were not shown. */
export async function hidePresence(db: Executor, meetingId: string, accountId: string): Promise<boolean> {
	const result = await db
		.deleteFrom('meeting_presence')
		.where('meeting_id', '=', meetingId)
		.where('account_id', '=', accountId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

/** Notes that someone who opted in has just read the meeting; nothing for anyone who has not. */
export async function touchPresence(db: Executor, meetingId: string, accountId: string, at: string): Promise<void> {
	await db
		.updateTable('meeting_presence')
		.set({ seen_at: at })
		.where('meeting_id', '=', meetingId)
		.where('account_id', '=', accountId)
		.execute();
}

/** Everyone who chose to show that they have the meeting open, by name, with when their page last read it. */
export function presenceOf(db: Executor, meetingId: string) {
	return db
		.selectFrom('meeting_presence')
		.select(['account_id', 'name', 'seen_at'])
		.where('meeting_id', '=', meetingId)
		.orderBy('name')
		.orderBy('account_id')
		.execute();
}
