import type { ContributionInput } from '../../forms/meeting';
import type { PlanContext } from '../plans/plan-context';
import { now } from '../clock/clock';
import type { Executor } from '../db/executor';
import {
	appendAttendee,
	attendeesOf,
	appendContribution,
	type MeetingAttendeeRow,
	type MeetingRow
} from '../db/meetings';
import { familyRole } from '../../meeting/family-attendee';
import { newId } from '../tokens/token';
import { changeOpenMeeting, type MeetingRefusal } from './change-open-meeting';

/** The speaker a contribution form sends for "what I said", from someone's own device. */
export const myself = 'me';

export type AddContributionResult =
	| { ok: true; id: string }
	| MeetingRefusal
	/** The speaker is no longer on the meeting's list. */
	| { ok: false; reason: 'no-speaker' }
	/**
	 * From their own device, someone who does not chair the meeting adds what they said, or what the
	 * child said with them; the note-taker writes down everyone else.
	 */
	| { ok: false; reason: 'not-theirs' };

/**
 * Adds what someone said in the meeting, on one screen, attributed to them, with its
 * 'meeting.contribution-added' audit row. The chair and the plan's other editors write down anyone on the
 * list; anyone else who takes part in the plan (the family, a therapist) adds their own words, or the
 * child's with their help, and is put on the list as here if they are not on it yet.
 */
export function addContribution(
	ctx: PlanContext,
	meetingId: string,
	input: ContributionInput
): Promise<AddContributionResult> {
	const change = { needs: 'contribute', audit: 'meeting.contribution-added' } as const;
	return changeOpenMeeting(ctx, meetingId, change, async (trx, meeting): Promise<AddContributionResult> => {
		const attendees = await attendeesOf(trx, meeting.id);
		let speaker: MeetingAttendeeRow | undefined;
		let supportedBy = input.supportedBy;
		if (input.speaker === myself) {
			speaker = ownAttendee(ctx, attendees) ?? (await addOwnAttendee(trx, ctx, meeting));
		} else {
			speaker = attendees.find((attendee) => attendee.id === input.speaker);
			if (!speaker) return { ok: false, reason: 'no-speaker' };
			if (!ctx.actions.has('edit')) {
				if (speaker.is_child !== 1) return { ok: false, reason: 'not-theirs' };
				supportedBy ??= ctx.account.name;
			}
		}
		const id = newId();
		await appendContribution(trx, {
			id,
			plan_id: ctx.planRow.id,
			meeting_id: meeting.id,
			screen: input.screen,
			attendee_id: speaker.id,
			supported_by: supportedBy,
			text: input.text,
			written_by: ctx.account.id,
			writer_name: ctx.account.name,
			written_at: now().toISOString()
		});
		return { ok: true, id };
	});
}

/**
 * The account's own line on the list: the one it joined with, else the team member with its email
 * address, else the one team member with its name (the team often has no email for a therapist), else none.
 */
function ownAttendee(ctx: PlanContext, attendees: readonly MeetingAttendeeRow[]): MeetingAttendeeRow | undefined {
	const joined = attendees.find((attendee) => attendee.account_id === ctx.account.id);
	if (joined) return joined;
	const fromTeam = attendees.filter((attendee) => attendee.team_member_id !== null && attendee.account_id === null);
	const member = ctx.document.team.find((m) => m.email?.toLowerCase() === ctx.account.email);
	const byEmail = member && fromTeam.find((attendee) => attendee.team_member_id === member.id);
	if (byEmail) return byEmail;
	const sameName = fromTeam.filter((attendee) => attendee.name.toLowerCase() === ctx.account.name.toLowerCase());
	return sameName.length === 1 ? sameName[0] : undefined;
}

/** Puts the account on the list, as here: by its job when it has one, as family when it has no organisation. */
async function addOwnAttendee(trx: Executor, ctx: PlanContext, meeting: MeetingRow): Promise<MeetingAttendeeRow> {
	const attendee = {
		id: newId(),
		plan_id: ctx.planRow.id,
		meeting_id: meeting.id,
		name: ctx.account.name,
		role: ctx.account.professional_role ?? (ctx.account.organisation_id === null ? familyRole : 'Staff'),
		is_child: 0,
		team_member_id: null,
		account_id: ctx.account.id,
		attendance: 'here' as const
	};
	await appendAttendee(trx, attendee);
	return { ...attendee, position: 0 };
}
