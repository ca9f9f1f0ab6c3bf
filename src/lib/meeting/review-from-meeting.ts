import { formatUkDate } from '../dates/format';
import type { IsoDate } from '../dates/iso-date';
import { participantOf } from '../plan/participant';
import { saidPhrase } from '../plan/said-label';
import { shortName } from '../plan/short-name';
import type { TeamMember } from '../plan/schema';
import { TEXT_MAX_LENGTH } from '../plan/vocabulary';
import { childViewsHows } from '../review/child-views-how';
import type { Review, ReviewContent } from '../review/review-record';
import type { ChildTookPart } from './child-took-part';
import { recommendationLabels, type Recommendation } from './recommendation';

/** A review meeting's record, as much of it as the review report takes in. */
export interface ReviewMeetingRecord {
	/** The day the meeting ended: the review's date. */
	date: IsoDate;
	childTookPart: ChildTookPart | null;
	attendees: readonly {
		id: string;
		name: string;
		isChild: boolean;
		/** A parent or carer: on the team as one, or joined the meeting from a family account. */
		isFamily: boolean;
		teamMemberId: string | null;
		attendance: 'here' | 'apologies' | null;
	}[];
	/** What was said, in the order it was said. */
	contributions: readonly { attendeeId: string; supportedBy: string | null; text: string }[];
	actions: readonly { text: string; who: string | null; byWhen: IsoDate | null }[];
	recommendation: Recommendation | null;
	recommendationDetail: string | null;
	differences: string | null;
}

/** How the child's way of taking part in the meeting is counted among the review's ways of giving views. */
const viewsHowOf: Readonly<Record<ChildTookPart, Review['childViewsHow'][number] | null>> = {
	'in-room': 'meeting',
	part: 'meeting',
	supporter: 'trusted-adult',
	beforehand: 'beforehand',
	not: null
};

/**
 * The draft review of a plan, with its review meeting's record taken in: the meeting's date; the team
 * members who were there and how the child took part, added to any already recorded; the child's words
 * and the family's added below any views they wrote beforehand (nothing anyone wrote is replaced); and
 * the recommendation, the actions and any differences of opinion added to "what changes next", as the
 * review report must give them (reg. 20). Progress on each outcome stays for the team to record.
 */
export function reviewFromMeeting(
	review: Review,
	team: readonly TeamMember[],
	meeting: ReviewMeetingRecord
): ReviewContent {
	const here = meeting.attendees.filter((attendee) => attendee.attendance === 'here');
	const hereIds = new Set(here.map((attendee) => attendee.teamMemberId));
	const recorded = new Set(review.tookPart.map((participant) => participant.id));
	const byId = new Map(meeting.attendees.map((attendee) => [attendee.id, attendee]));
	const saidBy = (wanted: (attendee: ReviewMeetingRecord['attendees'][number]) => boolean) =>
		meeting.contributions.filter((contribution) => {
			const speaker = byId.get(contribution.attendeeId);
			return speaker !== undefined && wanted(speaker);
		});
	const heading = `In the meeting on ${formatUkDate(meeting.date)}:`;
	const childWords = saidBy((attendee) => attendee.isChild).map(
		(contribution) => `“${contribution.text}”${contribution.supportedBy ? ` (with ${contribution.supportedBy})` : ''}`
	);
	const familyWords = saidBy((attendee) => attendee.isFamily).map(
		(contribution) =>
			`${saidPhrase(shortName(byId.get(contribution.attendeeId)!.name), contribution.supportedBy)}: “${contribution.text}”`
	);
	const viewsHow = meeting.childTookPart ? viewsHowOf[meeting.childTookPart] : null;
	return {
		date: meeting.date,
		tookPart: team
			.filter((member) => recorded.has(member.id) || hereIds.has(member.id))
			.map(participantOf)
			.concat(review.tookPart.filter((participant) => !team.some((member) => member.id === participant.id))),
		childTookPart: review.childTookPart || viewsHow !== null,
		familyTookPart: review.familyTookPart || here.some((attendee) => attendee.isFamily),
		childViewsHow: childViewsHows.filter((how) => review.childViewsHow.includes(how) || how === viewsHow),
		progress: review.progress,
		childViews: appended(review.childViews, heading, childWords),
		familyViews: appended(review.familyViews, heading, familyWords),
		changesNext: appended(review.changesNext, heading, changesNext(meeting))
	};
}

/** The recommendation, the actions and the differences of opinion, a line or paragraph each. */
function changesNext(meeting: ReviewMeetingRecord): string[] {
	const lines: string[] = [];
	if (meeting.recommendation) {
		const detail = meeting.recommendationDetail ? ` ${meeting.recommendationDetail}` : '';
		lines.push(`The meeting recommends: ${recommendationLabels[meeting.recommendation]}.${detail}`);
	}
	for (const action of meeting.actions) {
		const who = action.who ? `, ${action.who}` : '';
		const byWhen = action.byWhen ? `, by ${formatUkDate(action.byWhen)}` : '';
		lines.push(`Action: ${action.text}${who}${byWhen}`);
	}
	if (meeting.differences) lines.push(`Where people did not agree: ${meeting.differences}`);
	return lines;
}

const more = 'More in the meeting’s record.';

/**
 * `existing` text with the meeting's `lines` below it under `heading`; unchanged when there are none. When
 * all would not fit in a review's text, as many whole lines as leave room to say the rest is in the
 * meeting's record (and none when even that would not fit).
 */
function appended(existing: string | null, heading: string, lines: readonly string[]): string | null {
	if (lines.length === 0) return existing;
	let text = existing ? `${existing}\n\n${heading}` : heading;
	const whole = [text, ...lines].join('\n');
	if (whole.length <= TEXT_MAX_LENGTH) return whole;
	for (const line of lines) {
		if (`${text}\n${line}\n${more}`.length > TEXT_MAX_LENGTH) break;
		text += `\n${line}`;
	}
	text += `\n${more}`;
	return text.length <= TEXT_MAX_LENGTH ? text : existing;
}
