import type { MeetingScreen } from './agenda';
import { shortName } from '../plan/short-name';
import { saidPhrase } from '../plan/said-label';

/** Someone on a meeting's list, as the pages show them: numbered, so the note-taker can pick them by key. */
export interface ShownAttendee {
	id: string;
	number: number;
	name: string;
	role: string;
	isChild: boolean;
	attendance: 'here' | 'apologies' | null;
}

/** A contribution as the pages show it. */
export interface ShownContribution {
	id: string;
	screen: MeetingScreen;
	attendeeId: string;
	/** "Sarah said (with her key worker)": by the name the plan calls them in a sentence. */
	speaker: string;
	/** Who helped them say it, if anyone: the record marks those words as said with help. */
	supportedBy: string | null;
	text: string;
	/** Who typed it, when it was not the speaker: "written down by Jo Bloggs". */
	writtenDownBy: string | null;
	at: string;
	/** What it became in the plan, once the chair took it in: "Became aspiration 3", "Added to What we like and admire". */
	became: string | null;
}

/** A stored contribution, its speaker found on the list, with what it became in the plan, in words (`becameLabel`). */
export function shownContribution(
	contribution: {
		id: string;
		screen: MeetingScreen;
		attendee_id: string;
		supported_by: string | null;
		text: string;
		writer_name: string;
		written_at: string;
	},
	attendees: ReadonlyMap<string, Pick<ShownAttendee, 'name'>>,
	became: string | null = null
): ShownContribution {
	const name = attendees.get(contribution.attendee_id)?.name ?? 'Someone no longer on the list';
	return {
		id: contribution.id,
		screen: contribution.screen,
		attendeeId: contribution.attendee_id,
		speaker: saidPhrase(shortName(name), contribution.supported_by),
		supportedBy: contribution.supported_by,
		text: contribution.text,
		writtenDownBy: contribution.writer_name === name ? null : contribution.writer_name,
		at: contribution.written_at,
		became
	};
}

/**
 * What each person said, for the meeting's record: the child first, then everyone in list order; only
 * those who said something.
 */
export function contributionsByPerson(
	attendees: readonly ShownAttendee[],
	contributions: readonly ShownContribution[]
): Array<{ attendee: ShownAttendee; said: ShownContribution[] }> {
	const ordered = [...attendees].sort((a, b) => Number(b.isChild) - Number(a.isChild) || a.number - b.number);
	return ordered
		.map((attendee) => ({ attendee, said: contributions.filter((c) => c.attendeeId === attendee.id) }))
		.filter((person) => person.said.length > 0);
}
