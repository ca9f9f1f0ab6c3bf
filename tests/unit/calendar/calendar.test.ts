import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
	caseloadCalendar,
	initials,
	planCalendar,
	planCalendarFileName,
	planLabel,
	type CalendarPlan
} from '$lib/server/calendar/calendar';

const options = { origin: 'https://plans.example.org', stamp: new Date('2026-11-22T10:00:00Z') };

const sarah: CalendarPlan = {
	planId: '3f9k8a7b6c5d4e3f2a1b',
	firstName: 'Sarah',
	lastName: 'Okafor',
	reviewDate: '2027-03-05',
	targets: [
		{ lineage: 'o1lineage', date: '2027-07-16' },
		{ lineage: 'o2lineage', date: '2027-12-17' }
	],
	provisionReviews: [
		{ lineage: 'p1lineage', date: '2027-03-05' },
		{ lineage: 'p2lineage', date: '2027-02-01' }
	]
};
const zoe: CalendarPlan = {
	planId: 'zz11yy22xx33',
	firstName: 'Zoë',
	lastName: 'Łukasiewicz',
	reviewDate: '2027-01-31'
};
const noDate: CalendarPlan = { planId: 'nodate0000', firstName: 'Amara', lastName: 'Nwosu', reviewDate: null };

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
			url: vevent.getFirstPropertyValue('url')
		};
	});
}

describe('the caseload calendar', () => {
	it('has one all-day review event per plan with a review date, titled by initials and the plan id', () => {
		const text = caseloadCalendar([sarah, zoe, noDate], options);
		const parsed = events(text);
		expect(parsed).toEqual([
			{
				uid: '3f9k8a7b6c5d4e3f2a1b-review@golden-thread',
				summary: "Review of S.O.'s support plan (plan 3f9k…)",
				description: 'Open the plan in Golden Thread: https://plans.example.org/plans/3f9k8a7b6c5d4e3f2a1b',
				start: '2027-03-05',
				isDate: true,
				url: 'https://plans.example.org/plans/3f9k8a7b6c5d4e3f2a1b'
			},
			{
				uid: 'zz11yy22xx33-review@golden-thread',
				summary: "Review of Z.Ł.'s support plan (plan zz11…)",
				description: 'Open the plan in Golden Thread: https://plans.example.org/plans/zz11yy22xx33',
				start: '2027-01-31',
				isDate: true,
				url: 'https://plans.example.org/plans/zz11yy22xx33'
			}
		]);
		expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
		expect(text).toContain('DTSTART;VALUE=DATE:20270305');
	});

	it('names no child: neither first name nor surname appears anywhere in the file', () => {
		const text = caseloadCalendar([sarah, zoe, noDate], options).replace(/\r\n[ \t]/g, '');
		for (const name of ['Sarah', 'Okafor', 'Zoë', 'Łukasiewicz', 'Amara', 'Nwosu']) expect(text).not.toContain(name);
	});

	it('gives the same UIDs and text on a second download, so a re-import updates rather than duplicates', () => {
		expect(caseloadCalendar([sarah, zoe], options)).toBe(caseloadCalendar([sarah, zoe], options));
		const later = caseloadCalendar([{ ...sarah, reviewDate: '2027-04-01' }], {
			...options,
			stamp: new Date('2027-01-01T00:00:00Z')
		});
		expect(events(later).map((e) => [e.uid, e.start])).toEqual([
			['3f9k8a7b6c5d4e3f2a1b-review@golden-thread', '2027-04-01']
		]);
	});

	it('is a valid empty calendar for an empty caseload', () => {
		expect(events(caseloadCalendar([], options))).toEqual([]);
	});
});

describe("one plan's calendar", () => {
	it('has the review, each outcome target and each provision review, all-day, with UIDs from the lineage', () => {
		const parsed = events(planCalendar(sarah, options));
		expect(parsed.map((e) => [e.uid, e.start, e.isDate, e.summary])).toEqual([
			['3f9k8a7b6c5d4e3f2a1b-review@golden-thread', '2027-03-05', true, "Review of S.O.'s support plan (plan 3f9k…)"],
			['o1lineage-target@golden-thread', '2027-07-16', true, "Outcome 1 target date: S.O.'s support plan (plan 3f9k…)"],
			['o2lineage-target@golden-thread', '2027-12-17', true, "Outcome 2 target date: S.O.'s support plan (plan 3f9k…)"],
			[
				'p1lineage-provision-review@golden-thread',
				'2027-03-05',
				true,
				"Provision 1 review: S.O.'s support plan (plan 3f9k…)"
			],
			[
				'p2lineage-provision-review@golden-thread',
				'2027-02-01',
				true,
				"Provision 2 review: S.O.'s support plan (plan 3f9k…)"
			]
		]);
	});

	it('leaves out dates that are missing or not dates', () => {
		const parsed = events(
			planCalendar(
				{ ...sarah, reviewDate: undefined, targets: [{ lineage: 'x', date: 'soon' }], provisionReviews: [] },
				options
			)
		);
		expect(parsed).toEqual([]);
	});
});

describe('labels', () => {
	it.each([
		[{ firstName: 'Sarah', lastName: 'Okafor' }, 'S.O.'],
		[{ firstName: ' zoë', lastName: "o'neill" }, 'Z.O.'],
		[{ firstName: '', lastName: 'Okafor' }, 'O.']
	])('initials of %o are %s', (name, expected) => expect(initials(name)).toBe(expected));

	it('names a plan without initials plainly', () => {
		expect(planLabel({ planId: 'abcdef', firstName: '', lastName: '' })).toBe('A support plan (plan abcd…)');
	});

	it('names the file without the child', () => {
		expect(planCalendarFileName('3f9k8a7b')).toBe('plan-3f9k-key-dates.ics');
	});
});
