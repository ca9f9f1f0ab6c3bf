import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from './executor';
import type { MeetingAttendeeTable, MeetingContributionTable, MeetingPointTable, MeetingTable } from './schema';

export type MeetingRow = Selectable<MeetingTable>;
export type MeetingAttendeeRow = Selectable<MeetingAttendeeTable>;
export type MeetingContributionRow = Selectable<MeetingContributionTable>;
export type MeetingPointRow = Selectable<MeetingPointTable>;

/** Starts a meeting with its list of who is expected. */
export async function insertMeeting(
	db: Executor,
	meeting: Insertable<MeetingTable>,
	attendees: Insertable<MeetingAttendeeTable>[]
): Promise<void> {
	await db.insertInto('meeting').values(meeting).execute();
	if (attendees.length > 0) await db.insertInto('meeting_attendee').values(attendees).execute();
}

/** The plan's open meeting, if one is open. */
export function openMeetingOf(db: Executor, planId: string): Promise<MeetingRow | undefined> {
	return db
		.selectFrom('meeting')
		.selectAll()
		.where('plan_id', '=', planId)
		.where('ended_at', 'is', null)
		.executeTakeFirst();
}

/** One meeting of the plan, open or ended. */
export function meetingOf(db: Executor, planId: string, meetingId: string): Promise<MeetingRow | undefined> {
	return db
		.selectFrom('meeting')
		.selectAll()
		.where('plan_id', '=', planId)
		.where('id', '=', meetingId)
		.executeTakeFirst();
}

/** The plan's meetings, newest first. */
export function listMeetings(db: Executor, planId: string): Promise<MeetingRow[]> {
	return db
		.selectFrom('meeting')
		.selectAll()
		.where('plan_id', '=', planId)
		.orderBy('started_at', 'desc')
		.orderBy('id', 'desc')
		.execute();
}

/** Changes an open meeting; false when it has ended (or is not the plan's). */
export async function updateOpenMeeting(
	db: Executor,
	planId: string,
	meetingId: string,
	change: Updateable<MeetingTable>
): Promise<boolean> {
	const result = await db
		.updateTable('meeting')
		.set(change)
		.where('plan_id', '=', planId)
		.where('id', '=', meetingId)
		.where('ended_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Who is on the meeting's list, by number. */
export function attendeesOf(db: Executor, meetingId: string): Promise<MeetingAttendeeRow[]> {
	return db
		.selectFrom('meeting_attendee')
		.selectAll()
		.where('meeting_id', '=', meetingId)
		.orderBy('position')
		.execute();
}

/**
 * The position after the last of the meeting's rows in `table`: what is added is kept in the order it
 * came, however close together (read in the adding transaction, which the database runs one at a time
 * or runs again).
 */
async function nextPosition(
	db: Executor,
	table: 'meeting_attendee' | 'meeting_contribution' | 'meeting_point',
	meetingId: string
): Promise<number> {
	const last = await db
		.selectFrom(table)
		.select((eb) => eb.fn.max('position').as('position'))
		.where('meeting_id', '=', meetingId)
		.executeTakeFirst();
	return Number(last?.position ?? 0) + 1;
}

/** Adds someone to the meeting's list, numbered after the last. */
export async function appendAttendee(
	db: Executor,
	attendee: Omit<Insertable<MeetingAttendeeTable>, 'position'>
): Promise<void> {
	const position = await nextPosition(db, 'meeting_attendee', attendee.meeting_id);
	await db
		.insertInto('meeting_attendee')
		.values({ ...attendee, position })
		.execute();
}

/** Records whether each listed person came. */
export async function setAttendance(
	db: Executor,
	meetingId: string,
	attendance: ReadonlyMap<string, MeetingAttendeeRow['attendance']>
): Promise<void> {
	for (const [id, value] of attendance) {
		await db
			.updateTable('meeting_attendee')
			.set({ attendance: value })
			.where('meeting_id', '=', meetingId)
			.where('id', '=', id)
			.execute();
	}
}

/** Adds one contribution, after the last. */
export async function appendContribution(
	db: Executor,
	contribution: Omit<Insertable<MeetingContributionTable>, 'position'>
): Promise<void> {
	const position = await nextPosition(db, 'meeting_contribution', contribution.meeting_id);
	await db
		.insertInto('meeting_contribution')
		.values({ ...contribution, position })
		.execute();
}

/** What was said in the meeting, in the order it was said. */
export function contributionsOf(db: Executor, meetingId: string): Promise<MeetingContributionRow[]> {
	return db
		.selectFrom('meeting_contribution')
		.selectAll()
		.where('meeting_id', '=', meetingId)
		.orderBy('position')
		.execute();
}

/** One contribution of the meeting, or undefined when it has no such contribution. */
export function contributionOf(
	db: Executor,
	meetingId: string,
	contributionId: string
): Promise<MeetingContributionRow | undefined> {
	return db
		.selectFrom('meeting_contribution')
		.selectAll()
		.where('meeting_id', '=', meetingId)
		.where('id', '=', contributionId)
		.executeTakeFirst();
}

/**
 * Records what a contribution became in the plan; false when it had already become something (taken in
 * by someone else meanwhile), so that the same words are never taken in twice.
 */
export async function markContributionBecame(
	db: Executor,
	meetingId: string,
	contributionId: string,
	became: string
): Promise<boolean> {
	const result = await db
		.updateTable('meeting_contribution')
		.set({ became })
		.where('meeting_id', '=', meetingId)
		.where('id', '=', contributionId)
		.where('became', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Parks a point, or records an action, after the last. */
export async function appendMeetingPoint(
	db: Executor,
	point: Omit<Insertable<MeetingPointTable>, 'position'>
): Promise<void> {
	const position = await nextPosition(db, 'meeting_point', point.meeting_id);
	await db
		.insertInto('meeting_point')
		.values({ ...point, position })
		.execute();
}

/** The meeting's parked points and actions, in the order they were added. */
export function pointsOf(db: Executor, meetingId: string): Promise<MeetingPointRow[]> {
	return db.selectFrom('meeting_point').selectAll().where('meeting_id', '=', meetingId).orderBy('position').execute();
}

/** Marks a point of the meeting settled; false when there is no such point, or it already was. */
export async function settleOpenPoint(db: Executor, meetingId: string, pointId: string, at: string): Promise<boolean> {
	const result = await db
		.updateTable('meeting_point')
		.set({ settled_at: at })
		.where('meeting_id', '=', meetingId)
		.where('id', '=', pointId)
		.where('settled_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** One of the meeting's actions (not a parked point), if it is there. */
export function actionOf(db: Executor, meetingId: string, pointId: string): Promise<MeetingPointRow | undefined> {
	return db
		.selectFrom('meeting_point')
		.selectAll()
		.where('meeting_id', '=', meetingId)
		.where('id', '=', pointId)
		.where('kind', '=', 'action')
		.executeTakeFirst();
}

/** Records what an action became in the plan; false when it had already become something. */
export async function markActionBecame(
	db: Executor,
	meetingId: string,
	pointId: string,
	became: string
): Promise<boolean> {
	const result = await db
		.updateTable('meeting_point')
		.set({ became })
		.where('meeting_id', '=', meetingId)
		.where('id', '=', pointId)
		.where('kind', '=', 'action')
		.where('became', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** The meetings whose records went into a review of the plan, in the order they were held. */
export function meetingsOfReview(db: Executor, planId: string, reviewId: string): Promise<MeetingRow[]> {
	return db
		.selectFrom('meeting')
		.selectAll()
		.where('plan_id', '=', planId)
		.where('review_id', '=', reviewId)
		.orderBy('started_at')
		.execute();
}
