/**
 * The record of an ended meeting as a PDF, in the words its page uses: who was there and how the child
 * took part, what each person said (the child first) and the same by agenda screen, what was parked to
 * come back to, the actions agreed, the check before agreeing, and what went into the plan from what was said. Pure functions returning pdfmake
 * content, one a section, then one render in the review record's document. Knows nothing of SvelteKit or
 * the database, and never reads the clock.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MeetingScreen } from '../../meeting/agenda';
import { attendanceLabels } from '../../meeting/attendance';
import { childTookPartLabel, type ChildTookPart } from '../../meeting/child-took-part';
import type { ShownAction, ShownParkedPoint } from '../../meeting/meeting-point';
import { recommendationLabels, type MeetingOutcome } from '../../meeting/recommendation';
import {
	participationQuestion,
	participationQuestions,
	type ParticipationAnswers
} from '../../meeting/participation-check';
import { contributionsByPerson, type ShownAttendee, type ShownContribution } from '../../meeting/shown-contribution';
import { calledName } from '../../plan/child-name';
import type { Child } from '../../plan/document';
import { bullets, dataTable, fieldAbove, keepTogetherIfShort } from '../blocks';
import { childPdfFileName } from '../file-name';
import { recordPdfDefinition, renderRecordPdf, type RecordInfo } from '../record/record-document';
import { fullName } from '../text';
import { fixTextLayer, needsTextLayerFix } from '../text-layer';
import { colours } from '../theme';

/** What the record shows of an ended meeting, as its page reads it (`readMeetingView`), and whose plan it is on. */
export interface MeetingRecord {
	child: Pick<Child, 'firstName' | 'lastName' | 'knownAs'>;
	meeting: {
		/** "Planning meeting". */
		kind: string;
		/** The day it was held: "14 March 2027". */
		date: string;
		childTookPart: ChildTookPart | null;
		childTookPartHow: string | null;
	};
	/** The agenda's screens in order, each with its title for this child and this kind of meeting. */
	screens: ReadonlyArray<{ screen: MeetingScreen; title: string }>;
	attendees: readonly ShownAttendee[];
	/** Everything said, in the order it was written down. */
	said: readonly ShownContribution[];
	parked: readonly ShownParkedPoint[];
	actions: readonly ShownAction[];
	/** A review meeting's record is the review report's: it gives the recommendation. */
	isReview: boolean;
	outcome: MeetingOutcome;
	check: ParticipationAnswers;
}

/** "Record of the planning meeting" and "14 March 2027", which the title joins. */
function titleParts(record: Pick<MeetingRecord, 'meeting'>): [string, string] {
	// The kind's label starts a line on the page; here it follows "the".
	return [`Record of the ${record.meeting.kind.toLowerCase()}`, record.meeting.date];
}

/** "Record of the planning meeting, 14 March 2027". */
export function meetingRecordTitle(record: Pick<MeetingRecord, 'meeting'>): string {
	return titleParts(record).join(', ');
}

function titleSection(record: MeetingRecord): Content[] {
	return [
		// The date on a line of its own: at the title's size the line would otherwise break inside it.
		{ text: titleParts(record).join(',\n'), style: 'title' },
		{ text: `For ${fullName(record.child)}: who was there, and what each person said.`, style: 'subtitle' }
	];
}

/** Everyone on the list, each here or with their apologies, and how the child took part. */
export function whoWasThereSection(record: MeetingRecord): Content[] {
	const name = calledName(record.child);
	const { childTookPart, childTookPartHow } = record.meeting;
	const people = record.attendees.map(
		(person) =>
			`${person.name} (${person.role}) — ${person.attendance ? attendanceLabels[person.attendance] : 'Not recorded'}`
	);
	return [
		...keepTogetherIfShort(
			people.join('').length + 100,
			{ text: 'Who was there', style: 'sectionHeading' },
			bullets(people, 'No one was on the list.')
		),
		fieldAbove(
			`How ${name} took part`,
			childTookPart
				? `${childTookPartLabel(childTookPart, name)}.${childTookPartHow ? ` ${childTookPartHow}` : ''}`
				: 'Not recorded'
		)
	];
}

/** Words quoted, as the page quotes them. */
const quoted = (text: string) => `“${text}”`;

/** What a contribution became in the plan, after its words: " — Became aspiration 3". */
const becameText = (item: ShownContribution): Content[] =>
	item.became ? [{ text: ` — ${item.became}`, color: colours.muted }] : [];

/**
 * What each person said, the child first: under each, the screen it was said on and, when someone
 * helped them say it, who ("Sarah said (with her key worker)").
 */
export function byPersonSection(record: MeetingRecord): Content[] {
	const heading: Content = { text: 'What each person said', style: 'sectionHeading' };
	const people = contributionsByPerson(record.attendees, record.said);
	if (people.length === 0) return [heading, { text: 'Nothing was written down in this meeting.', style: 'itemText' }];
	const screenTitle = (screen: MeetingScreen) => record.screens.find((s) => s.screen === screen)?.title ?? screen;
	return people.flatMap(({ attendee, said }, index): Content[] => {
		const lines = said.map((item): Content => ({
			text: [
				{ text: `${screenTitle(item.screen)}: `, color: colours.muted },
				quoted(item.text),
				...(item.supportedBy ? [{ text: ` — ${item.speaker}`, color: colours.muted }] : []),
				...becameText(item)
			],
			margin: [0, 0, 0, 2]
		}));
		const person: Content = {
			text: [attendee.name, { text: `  ${attendee.role}`, bold: false, color: colours.muted }],
			style: 'subheading'
		};
		const first: Content = { ul: lines.slice(0, 1), style: 'field' };
		const rest: Content[] = lines.length > 1 ? [{ ul: lines.slice(1), style: 'field', margin: [0, 0, 0, 6] }] : [];
		// Each person's name stays with the first thing they said (and the section's heading with the first person).
		const characters = (said[0]?.text.length ?? 0) + 200;
		return [...keepTogetherIfShort(characters, ...(index === 0 ? [heading] : []), person, first), ...rest];
	});
}

/** Everything said, screen by screen in the agenda's order, each with who said it. */
export function byScreenSection(record: MeetingRecord): Content[] {
	const screens = record.screens
		.map((screen) => ({ ...screen, said: record.said.filter((c) => c.screen === screen.screen) }))
		.filter((screen) => screen.said.length > 0);
	if (screens.length === 0) return [];
	return screens.flatMap(({ title, said }, index): Content[] =>
		keepTogetherIfShort(
			said.reduce((sum, item) => sum + item.text.length + 60, 100),
			...(index === 0 ? [{ text: 'By screen', style: 'sectionHeading' } satisfies Content] : []),
			{ text: title, style: 'subheading' },
			{
				ul: said.map((item) => ({
					text: [{ text: `${item.speaker}: `, bold: true }, quoted(item.text), ...becameText(item)]
				})),
				style: 'field',
				margin: [0, 0, 0, 6]
			}
		)
	);
}

/** The points parked to come back to, each saying whether the meeting did; nothing when none was parked. */
export function parkedSection(record: MeetingRecord): Content[] {
	if (record.parked.length === 0) return [];
	return keepTogetherIfShort(
		record.parked.reduce((sum, point) => sum + point.text.length + 40, 100),
		{ text: 'Parked to come back to', style: 'sectionHeading' },
		bullets(
			record.parked.map((point) => `${point.text} (${point.settled ? 'come back to' : 'not come back to'})`),
			''
		)
	);
}

/** The actions agreed: what will be done (and what it became in the plan, once put there), who does it, by when. */
export function actionsSection(record: MeetingRecord): Content[] {
	const heading: Content = { text: 'Actions', style: 'sectionHeading' };
	if (record.actions.length === 0) return [heading, { text: 'No actions were agreed.', style: 'itemText' }];
	const table = dataTable(
		['What will be done', 'Who', 'By when'],
		record.actions.map((action) => [
			action.became ? `${action.text}\n${action.became}.` : action.text,
			action.who,
			action.byWhen
		]),
		['*', 140, 100]
	);
	const characters = record.actions.reduce((sum, action) => sum + action.text.length + action.who.length + 80, 200);
	return keepTogetherIfShort(characters, heading, table);
}

/** What a review meeting recommends for the plan, and where people did not agree (reg. 20), when recorded. */
export function outcomeSection(record: MeetingRecord): Content[] {
	const { recommendation, recommendationDetail, differences } = record.outcome;
	const recommends = recommendation
		? `${recommendationLabels[recommendation]}.${recommendationDetail ? ` ${recommendationDetail}` : ''}`
		: 'Not recorded.';
	return [
		...(record.isReview
			? [
					{ text: 'What the meeting recommends', style: 'sectionHeading' },
					{ text: recommends, style: 'itemText' }
				]
			: []),
		...(differences
			? [
					{ text: 'Where people did not agree', style: 'sectionHeading' },
					{ text: differences, style: 'itemText' }
				]
			: [])
	];
}

/** Lundy's four questions about the child's part in the meeting, with the chair's answers. */
export function checkSection(record: MeetingRecord): Content[] {
	const heading: Content = { text: 'The check before agreeing', style: 'sectionHeading' };
	if (participationQuestions.every((question) => record.check[question] === null))
		return [heading, { text: 'The check has not been answered.', style: 'itemText' }];
	const name = calledName(record.child);
	const [first, ...rest] = participationQuestions.map((question) => {
		const label = participationQuestion(question, name).label;
		return { label, answer: record.check[question] ?? 'Not answered' };
	});
	// The heading stays with the first question; each question stays with its answer (fieldAbove).
	return [
		...keepTogetherIfShort(
			first!.label.length + first!.answer.length + 100,
			heading,
			fieldAbove(first!.label, first!.answer)
		),
		...rest.map(({ label, answer }) => fieldAbove(label, answer))
	];
}

/**
 * What went into the plan from what was said, each with who said it and what it became: the plainest
 * evidence of what changed because of the child's and the family's views. Nothing when nothing did.
 */
export function intoPlanSection(record: MeetingRecord): Content[] {
	const tookIn = record.said.filter((item) => item.became !== null);
	if (tookIn.length === 0) return [];
	return keepTogetherIfShort(
		tookIn.reduce((sum, item) => sum + item.text.length + 80, 100),
		{ text: 'What went into the plan from what was said', style: 'sectionHeading' },
		{
			ul: tookIn.map((item) => ({
				text: [{ text: `${item.speaker}: `, bold: true }, quoted(item.text), ...becameText(item)]
			})),
			style: 'field'
		}
	);
}

export function meetingRecordContent(record: MeetingRecord): Content[] {
	const content = [
		...titleSection(record),
		...whoWasThereSection(record),
		...byPersonSection(record),
		...byScreenSection(record),
		...parkedSection(record),
		...actionsSection(record),
		...outcomeSection(record),
		...checkSection(record),
		...intoPlanSection(record)
	];
	return needsTextLayerFix(record) ? fixTextLayer(content) : content;
}

export function meetingRecordPdfDefinition(
	record: MeetingRecord,
	options: Omit<RecordInfo, 'title'>
): TDocumentDefinitions {
	return recordPdfDefinition(meetingRecordContent(record), {
		title: `${meetingRecordTitle(record)}, for ${fullName(record.child)}`,
		...options
	});
}

/** Renders the record of the meeting. */
export function renderMeetingRecordPdf(record: MeetingRecord, options: Omit<RecordInfo, 'title'>): Promise<Uint8Array> {
	return renderRecordPdf(meetingRecordPdfDefinition(record, options));
}

/** `Sarah-Okafor-planning-meeting-2027-03-14.pdf`, by the day the meeting was held (an ISO date). */
export function meetingRecordFileName(record: Pick<MeetingRecord, 'child' | 'meeting'>, date: string): string {
	return childPdfFileName(record.child, record.meeting.kind.toLowerCase().replace(/\s+/g, '-'), date);
}
