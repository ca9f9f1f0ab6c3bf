import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import { formatUkDate } from '../../dates/format';
import { ukDateOf } from '../../dates/format-timestamp';
import { meetingScreenSchema } from '../../forms/meeting';
import { actionBecameWords } from '../../meeting/action-into-plan';
import { meetingScreens, nextScreen, previousScreen, screenWords, type MeetingScreen } from '../../meeting/agenda';
import { childTookPartLabel, childTookPartWays } from '../../meeting/child-took-part';
import { meetingKindLabels } from '../../meeting/meeting-kind';
import type { ShownAction, ShownParkedPoint } from '../../meeting/meeting-point';
import type { ParticipationAnswers } from '../../meeting/participation-check';
import { contributionsByPerson, shownContribution, type ShownAttendee } from '../../meeting/shown-contribution';
import { attendeesOf, contributionsOf, meetingOf, pointsOf } from '../db/meetings';
import { calledBy } from '../db/plan-details';
import type { PlanContext } from '../plans/plan-context';
import { readActionChoices } from './action-choices';
import { myself } from './add-contribution';
import type { MeetingOutcome } from '../../meeting/recommendation';
import { hereNow } from '../../meeting/presence';
import { now } from '../clock/clock';
import { presenceOf } from '../db/meeting-presence';
import { becameWords } from './became-words';
import { meetingPlanWords } from './meeting-plan-words';

/**
 * A meeting as its pages show it, on the screen asked for (`?screen=`) or else the one the chair has
 * everyone on: the agenda, who is on the list, what was said there (the child's words first) and, once
 * it has ended, the whole record. 404 for a meeting that is not this plan's.
 */
export async function readMeetingView(ctx: PlanContext, meetingId: string, asked: URLSearchParams) {
	const meeting = await meetingOf(ctx.db, ctx.planRow.id, meetingId);
	if (!meeting) error(404, 'Not found');
	const name = calledBy(ctx);
	const askedScreen = v.safeParse(meetingScreenSchema, { screen: asked.get('screen') });
	const viewing: MeetingScreen = askedScreen.success ? askedScreen.output.screen : meeting.screen;
	const attendees: ShownAttendee[] = (await attendeesOf(ctx.db, meeting.id)).map((row) => ({
		id: row.id,
		number: row.position,
		name: row.name,
		role: row.role,
		isChild: row.is_child === 1,
		attendance: row.attendance
	}));
	const byId = new Map(attendees.map((attendee) => [attendee.id, attendee]));
	const became = becameWords(ctx);
	const contributions = (await contributionsOf(ctx.db, meeting.id)).map((row) =>
		shownContribution(row, byId, became(row.became))
	);
	const points = await pointsOf(ctx.db, meeting.id);
	const open = meeting.ended_at === null;
	const presence = open ? await presenceOf(ctx.db, meeting.id) : [];
	const childFirst = (attendeeId: string) => (byId.get(attendeeId)?.isChild ? 0 : 1);
	return {
		meeting: {
			id: meeting.id,
			kind: meetingKindLabels[meeting.kind],
			date: ukDateOf(meeting.started_at),
			endedOn: meeting.ended_at ? ukDateOf(meeting.ended_at) : null,
			current: meeting.screen,
			childTookPart: meeting.child_took_part,
			childTookPartHow: meeting.child_took_part_how
		},
		parked: points
			.filter((point) => point.kind === 'parked')
			.map((point): ShownParkedPoint => ({
				id: point.id,
				text: point.text,
				by: point.adder_name,
				settled: point.settled_at !== null
			})),
		actions: points
			.filter((point) => point.kind === 'action')
			.map((point): ShownAction => ({
				id: point.id,
				text: point.text,
				who: point.who ?? '',
				byWhen: point.by_when ? formatUkDate(point.by_when) : '',
				became: point.became
					? actionBecameWords(
							point.became,
							{ text: point.text, who: point.who, byWhen: point.by_when },
							ctx.document,
							ctx.lineage
						)
					: null
			})),
		outcome: {
			recommendation: meeting.recommendation,
			recommendationDetail: meeting.recommendation_detail,
			differences: meeting.differences
		} satisfies MeetingOutcome,
		isReview: meeting.kind === 'review',
		reviewHref: meeting.review_id ? `/plans/${ctx.planRow.id}/reviews/${meeting.review_id}` : null,
		check: {
			space: meeting.check_space,
			voice: meeting.check_voice,
			audience: meeting.check_audience,
			influence: meeting.check_influence
		} satisfies ParticipationAnswers,
		screens: meetingScreens.map((screen) => ({ screen, ...screenWords(screen, name, meeting.kind) })),
		viewing,
		next: nextScreen(viewing),
		previous: previousScreen(viewing),
		attendees,
		childTookPartOptions: childTookPartWays.map((way) => ({ value: way, label: childTookPartLabel(way, name) })),
		said: contributions
			.filter((contribution) => contribution.screen === viewing)
			.sort((a, b) => childFirst(a.attendeeId) - childFirst(b.attendeeId)),
		record: open ? null : contributionsByPerson(attendees, contributions),
		allSaid: open ? [] : contributions,
		hereNow: hereNow(
			presence.map((row) => ({ accountId: row.account_id, name: row.name, seenAt: row.seen_at })),
			ctx.account.id,
			now()
		),
		canChair: open && ctx.actions.has('edit'),
		/** Whether the chair may take what was said into the plan: a draft, not agreed or archived. */
		canTakeIn: open && ctx.actions.has('edit') && !ctx.frozen,
		/** On the plan's screen, its aspirations with their waiting suggestions, and whether this person may suggest new words. */
		planWords: open && viewing === 'plan' ? await meetingPlanWords(ctx) : [],
		putIntoPlan: readActionChoices(ctx, points, open && ctx.actions.has('edit') && viewing === 'actions', asked),
		canContribute: open && ctx.actions.has('contribute'),
		myself
	};
}
