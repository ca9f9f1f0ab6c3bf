import { reviewFromMeeting } from '../../meeting/review-from-meeting';
import { now, today } from '../clock/clock';
import type { Executor } from '../db/executor';
import { attendeesOf, contributionsOf, pointsOf, type MeetingRow } from '../db/meetings';
import { loadPlanHead } from '../db/plan-load';
import { insertReview, openReviewOf, updateReview } from '../db/reviews';
import type { PlanContext } from '../plans/plan-context';
import { auditReview } from '../reviews/audit-review';
import { newId } from '../tokens/token';
import { isFamilyAttendee } from '../../meeting/family-attendee';

/**
 * As a review meeting ends, its record goes into the draft review of the version it reviewed (started
 * now if there is none), in the ending transaction, with the review's audit rows: the review is then the
 * review report, for the team to add progress on each outcome to and complete. Nothing is taken in when
 * the plan has moved on from that version meanwhile (its review was completed elsewhere). Returns the
 * review's id, or null.
 */
export async function takeIntoReview(trx: Executor, ctx: PlanContext, meeting: MeetingRow): Promise<string | null> {
	if (meeting.kind !== 'review') return null;
	// Read again inside the transaction, as starting a review does: a review completed meanwhile counts.
	const head = await loadPlanHead(trx, ctx.planRow.id);
	if (!head || head.version.id !== meeting.version_id || head.version.status !== 'agreed' || head.planRow.archived_at)
		return null;
	const change = { accountId: ctx.account.id, at: now().toISOString() };
	let review = await openReviewOf(trx, meeting.version_id);
	if (!review) {
		const id = newId();
		await insertReview(trx, { id, planId: ctx.planRow.id, versionId: meeting.version_id, date: today() }, change);
		await auditReview(trx, ctx, 'review.started', id);
		review = (await openReviewOf(trx, meeting.version_id))!;
	}
	const team = ctx.document.team;
	const roles = new Map(team.map((member) => [member.id, member.role]));
	const attendees = await attendeesOf(trx, meeting.id);
	const points = await pointsOf(trx, meeting.id);
	const taken = reviewFromMeeting(review, team, {
		date: today(),
		childTookPart: meeting.child_took_part,
		attendees: attendees.map((row) => ({
			id: row.id,
			name: row.name,
			isChild: row.is_child === 1,
			isFamily: isFamilyAttendee(row, roles),
			teamMemberId: row.team_member_id,
			attendance: row.attendance
		})),
		contributions: (await contributionsOf(trx, meeting.id)).map((row) => ({
			attendeeId: row.attendee_id,
			supportedBy: row.supported_by,
			text: row.text
		})),
		actions: points
			.filter((point) => point.kind === 'action')
			.map((point) => ({ text: point.text, who: point.who, byWhen: point.by_when })),
		recommendation: meeting.recommendation,
		recommendationDetail: meeting.recommendation_detail,
		differences: meeting.differences
	});
	await updateReview(trx, review, taken, taken, change);
	await auditReview(trx, ctx, 'review.changed', review.id);
	return review.id;
}
