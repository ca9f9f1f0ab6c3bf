/** The record of Sarah's planning meeting, as its page reads it once ended: for the meeting record's PDF tests. */
import { meetingScreens, screenWords } from '../../../src/lib/meeting/agenda';
import type { MeetingRecord } from '../../../src/lib/pdf/meeting/meeting-record-pdf';
import { saidPhrase } from '../../../src/lib/plan/said-label';

const person = (number: number, name: string, role: string, attendance: 'here' | 'apologies' | null) => ({
	id: `a${number}`,
	number,
	name,
	role,
	isChild: number === 1,
	attendance
});

const said = (
	id: string,
	attendeeId: string,
	[name, supportedBy]: [string, string?],
	screen: MeetingRecord['said'][number]['screen'],
	text: string,
	became: string | null = null
) => ({
	id,
	screen,
	attendeeId,
	speaker: saidPhrase(name, supportedBy),
	supportedBy: supportedBy ?? null,
	text,
	writtenDownBy: null,
	at: '2027-03-14T10:00:00.000Z',
	became
});

export const sarahMeeting: MeetingRecord = {
	child: { firstName: 'Sarah', lastName: 'Okafor' },
	meeting: {
		kind: 'Planning meeting',
		date: '14 March 2027',
		childTookPart: 'part',
		childTookPartHow: 'With her key worker beside her, after break.'
	},
	screens: meetingScreens.map((screen) => ({ screen, ...screenWords(screen, 'Sarah', 'planning') })),
	attendees: [
		person(1, 'Sarah Okafor', 'Child or young person', 'here'),
		person(2, 'Grace Okafor', 'Parent or carer', 'here'),
		person(3, 'Priya Shah', 'Speech and language therapist', 'here'),
		person(4, 'Tom Reilly', 'Travel trainer', 'apologies'),
		person(5, 'Ms Leah Hart', 'Teaching assistant', null)
	],
	// Grace spoke first; the record still puts Sarah's words first.
	said: [
		said('c1', 'a2', ['Grace'], 'like-and-admire', 'She is kind to everyone, even when she is tired.'),
		said('c2', 'a1', ['Sarah', 'her key worker'], 'like-and-admire', 'I like drawing animals, mostly cats.'),
		said('c3', 'a3', ['Priya'], 'working', 'Her sentences are longer now.'),
		said('c4', 'a1', ['Sarah'], 'important', 'I want to go to college with Mia.', 'Added to What’s important')
	],
	parked: [
		{ id: 'p1', text: 'How she gets to college', by: 'Grace Okafor', settled: true },
		{ id: 'p2', text: 'Swimming on Saturdays', by: 'Grace Okafor', settled: false }
	],
	actions: [
		{
			id: 'x1',
			text: 'Book a visit to the college with Sarah',
			who: 'Grace Okafor',
			byWhen: '15 January 2027',
			became: null
		},
		{
			id: 'x2',
			text: 'Ask the college about a quiet room',
			who: 'Priya Shah',
			byWhen: '',
			became: 'Became step 3 of outcome 2'
		}
	],
	isReview: false,
	outcome: {
		recommendation: null,
		recommendationDetail: null,
		differences: 'Tom thinks travel training can wait until next year; Grace would like it to start now.'
	},
	check: {
		space: 'She chose to stay for the first half, in the room she knows.',
		voice: 'In her own words, with her key worker.',
		audience: 'Everyone here, the SENCo included.',
		influence: null
	}
};
