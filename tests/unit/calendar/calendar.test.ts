import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
	caseloadCalendar,
	initials,
	planCalendar,
	planCalendarFileName,
	planLabel,
	titleWords,
	type CalendarPlan,
	type CaseloadPlan
} from '$lib/server/calendar/calendar';

const options = { origin: 'https://plans.example.org', stamp: new Date('2026-11-22T10:00:00Z') };
const sarahUrl = 'https://plans.example.org/plans/3f9k8a7b6c5d4e3f2a1b';

const sarah: CalendarPlan = {
	planId: '3f9k8a7b6c5d4e3f2a1b',
	firstName: 'Sarah',
	lastName: 'Okafor',
	calledName: 'Sarah',
	changedAt: '2026-11-20T09:30:45.000Z',
	reviewDate: '2027-03-05',
	targets: [{ lineage: 'o1', text: 'By July 2027, Sarah will travel to school on her own.', date: '2027-07-16' }],
	steps: [
		{ lineage: 'o1', step: 1, text: 'Sarah walks to the gate with an adult.', date: '2027-03-05' },
		{ lineage: 'o1', step: 2, text: 'Sarah travels to school on her own.', date: '2027-06-04' }
	],
	provisionReviews: [
		{
			lineage: 'p1',
			text: 'Travel training with the council’s travel trainer, twice a week on the route to school and back.',
			date: '2027-03-05'
		}
	]
};
const zoe: CaseloadPlan = {
	planId: 'zz11yy22xx33',
	firstName: 'Zoë',
	lastName: 'Łukasiewicz',
	reviewDate: '2027-01-31'
};
const noDate: CaseloadPlan = { planId: 'nodate0000', firstName: 'Amara', lastName: 'Nwosu', reviewDate: null };

function events(text: string) {
	const component = new ICAL.Component(ICAL.parse(text));
	return component.getAllSubcomponents('vevent').map((vevent) => {
		const event = new ICAL.Event(vevent);
		const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
		return {
			uid: event.uid,
			summary: event.summary,
			description: event.description,
			start: start.toString(),
			isDate: start.isDate,
			url: vevent.getFirstPropertyValue('url'),
			sequence: event.sequence,
			stamp: String(vevent.getFirstPropertyValue('dtstamp')),
			alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
				action: alarm.getFirstPropertyValue('action'),
				trigger: String(alarm.getFirstPropertyValue('trigger')),
				description: alarm.getFirstPropertyValue('description')
			}))
		};
	});
}

describe('the caseload calendar', () => {
	it('has one all-day review per plan with a review date, by initials, linked to the plan, with a reminder when papers are due', () => {
		const parsed = events(caseloadCalendar([sarah, zoe, noDate], options));
		expect(
			parsed.map(({ uid, summary, start, isDate, url, alarms }) => ({ uid, summary, start, isDate, url, alarms }))
		).toEqual([
			{
				uid: '3f9k8a7b6c5d4e3f2a1b-review@golden-thread',
				summary: 'Review of S.O.’s support plan',
				start: '2027-03-05',
				isDate: true,
				url: sarahUrl,
				alarms: [
					{
						action: 'DISPLAY',
						trigger: '-P14D',
						description: 'Papers due: the review of S.O.’s support plan is on 5 March 2027'
					}
				]
			},
			{
				uid: 'zz11yy22xx33-review@golden-thread',
				summary: 'Review of Z.Ł.’s support plan',
				start: '2027-01-31',
				isDate: true,
				url: 'https://plans.example.org/plans/zz11yy22xx33',
				alarms: [
					{
						action: 'DISPLAY',
						trigger: '-P14D',
						description: 'Papers due: the review of Z.Ł.’s support plan is on 31 January 2027'
					}
				]
			}
		]);
		expect(parsed[0]!.description).toBe(`Open the plan in Golden Thread: ${sarahUrl}`);
	});

	it('names no child and says nothing of a plan: no name, no id shown, no targets', () => {
		const text = caseloadCalendar([sarah, zoe, noDate], options).replace(/\r\n[ \t]/g, '');
		for (const words of ['Sarah', 'Okafor', 'Zoë', 'Łukasiewicz', 'Amara', 'Nwosu', 'travel', '(plan'])
			expect(text).not.toContain(words);
	});

	it('is a valid empty calendar for an empty caseload', () => {
		expect(events(caseloadCalendar([], options))).toEqual([]);
	});
});

describe("one plan's calendar", () => {
	const parsed = events(planCalendar(sarah, options));

	it('names each event in everyday words: the review, the outcome’s and steps’ targets, the provision’s review', () => {
		expect(parsed.map((e) => [e.uid, e.start, e.summary])).toEqual([
			['3f9k8a7b6c5d4e3f2a1b-review@golden-thread', '2027-03-05', 'Review of Sarah’s support plan'],
			[
				'3f9k8a7b6c5d4e3f2a1b-o1-target@golden-thread',
				'2027-07-16',
				'Outcome target: By July 2027, Sarah will travel to school on her own'
			],
			[
				'3f9k8a7b6c5d4e3f2a1b-o1-step-1-target@golden-thread',
				'2027-03-05',
				'Target: Sarah walks to the gate with an adult'
			],
			[
				'3f9k8a7b6c5d4e3f2a1b-o1-step-2-target@golden-thread',
				'2027-06-04',
				'Target: Sarah travels to school on her own'
			],
			[
				'3f9k8a7b6c5d4e3f2a1b-p1-provision-review@golden-thread',
				'2027-03-05',
				'Review of Travel training with the council’s travel trainer, twice a…: Sarah’s plan'
			]
		]);
		expect(parsed.every((e) => e.isDate && e.url === sarahUrl)).toBe(true);
	});

	it('keeps the whole words in the notes, with the link to the plan', () => {
		expect(parsed.at(-1)!.description).toBe(
			`Travel training with the council’s travel trainer, twice a week on the route to school and back.\n\nOpen the plan in Golden Thread: ${sarahUrl}`
		);
	});

	it('reminds two weeks before the plan’s review only, when its papers are due', () => {
		expect(parsed.map((e) => e.alarms.map((alarm) => alarm.trigger))).toEqual([['-P14D'], [], [], [], []]);
		expect(parsed[0]!.alarms[0]!.description).toBe('Papers due: the review of Sarah’s support plan is on 5 March 2027');
	});

	it('writes each reminder after the event’s properties, as RFC 5545 orders them', () => {
		const text = planCalendar(sarah, options);
		expect(text).toMatch(/END:VALARM\r\nEND:VEVENT/);
		expect(text).not.toMatch(/END:VALARM\r\n(?!END:VEVENT)/);
	});

	it('never has the surname', () => {
		expect(planCalendar(sarah, options).replace(/\r\n[ \t]/g, '')).not.toContain('Okafor');
	});

	it('leaves out dates that are missing or not dates', () => {
		const bare = planCalendar(
			{
				...sarah,
				reviewDate: undefined,
				targets: [{ lineage: 'x', text: 'x', date: 'soon' }],
				steps: [],
				provisionReviews: []
			},
			options
		);
		expect(events(bare)).toEqual([]);
	});
});

describe('downloading again', () => {
	it('gives the same file when nothing changed', () => {
		expect(planCalendar(sarah, options)).toBe(planCalendar(sarah, options));
		expect(caseloadCalendar([sarah, zoe], options)).toBe(caseloadCalendar([sarah, zoe], options));
	});

	it('after a change, updates the same events: same UIDs, a higher SEQUENCE, a later DTSTAMP, the new words and dates', () => {
		const before = events(planCalendar(sarah, options));
		const changed: CalendarPlan = {
			...sarah,
			changedAt: '2027-01-10T14:00:00.000Z',
			reviewDate: '2027-04-01',
			steps: [{ lineage: 'o1', step: 1, text: 'Sarah walks to the corner with an adult.', date: '2027-03-12' }]
		};
		const after = events(planCalendar(changed, { ...options, stamp: new Date('2027-01-10T14:05:00Z') }));
		const byUid = new Map(before.map((event) => [event.uid, event]));
		for (const event of after) {
			const earlier = byUid.get(event.uid)!;
			expect(earlier, event.uid).toBeDefined();
			expect(event.sequence).toBeGreaterThan(earlier.sequence);
			expect(event.stamp > earlier.stamp).toBe(true);
		}
		const review = after.find((e) => e.uid === '3f9k8a7b6c5d4e3f2a1b-review@golden-thread')!;
		expect(review.start).toBe('2027-04-01');
		const step = after.find((e) => e.uid === '3f9k8a7b6c5d4e3f2a1b-o1-step-1-target@golden-thread')!;
		expect([step.start, step.summary]).toEqual(['2027-03-12', 'Target: Sarah walks to the corner with an adult']);
	});

	it('numbers SEQUENCE by the second the plan last changed, counted from 2020, 0 when that is not known', () => {
		expect(events(caseloadCalendar([sarah, zoe], options)).map((e) => e.sequence)).toEqual([
			(Date.parse('2026-11-20T09:30:45.000Z') - Date.parse('2020-01-01T00:00:00Z')) / 1000,
			0
		]);
	});
});

describe('labels', () => {
	it.each([
		[{ firstName: 'Sarah', lastName: 'Okafor' }, 'S.O.'],
		[{ firstName: ' zoë', lastName: "o'neill" }, 'Z.O.'],
		[{ firstName: '', lastName: 'Okafor' }, 'O.']
	])('initials of %o are %s', (name, expected) => expect(initials(name)).toBe(expected));

	it('names a plan without a name plainly', () => {
		expect(planLabel('')).toBe('A support plan');
	});

	it.each([
		['Sarah walks to the gate with an adult.', 'Sarah walks to the gate with an adult'],
		['Line\nbreaks  become spaces', 'Line breaks become spaces'],
		[
			'By the age of 16, Sarah will travel on her own by bus to college and back, three days a week.',
			'By the age of 16, Sarah will travel on her own by bus to…'
		]
	])('an event’s title holds %j as %j', (text, expected) => expect(titleWords(text)).toBe(expected));

	it('names the file without the child', () => {
		expect(planCalendarFileName('3f9k8a7b')).toBe('plan-3f9k-key-dates.ics');
	});
});
