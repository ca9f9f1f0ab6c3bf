import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewFromMeeting, type ReviewMeetingRecord } from '$lib/meeting/review-from-meeting';
import type { PlanDocument } from '$lib/plan/document';
import { TEXT_MAX_LENGTH } from '$lib/plan/vocabulary';
import type { Review } from '$lib/review/review-record';

const sarah = JSON.parse(readFileSync('tests/fixtures/sarah.plan.json', 'utf8')) as PlanDocument;

const draft: Review = {
	id: 'r1',
	planId: 'p1',
	versionId: 'v1',
	status: 'draft',
	date: '2026-11-30',
	tookPart: [{ id: 't5', name: 'Priya Shah', role: 'speech-and-language-therapist' }],
	childTookPart: false,
	familyTookPart: false,
	childViewsHow: ['drawing'],
	progress: { o1: { rating: 'good-progress' } },
	childViews: null,
	familyViews: null,
	changesNext: null,
	revision: 3,
	nextVersionId: null,
	completedAt: null,
	completedBy: null
};

const person = (id: string, extra: Partial<ReviewMeetingRecord['attendees'][number]> = {}) => ({
	id,
	name: id,
	isChild: false,
	isFamily: false,
	teamMemberId: null,
	attendance: 'here' as const,
	...extra
});

const meeting: ReviewMeetingRecord = {
	date: '2026-12-05',
	childTookPart: 'supporter',
	attendees: [
		person('a-sarah', { name: 'Sarah Okafor', isChild: true, teamMemberId: 't1', attendance: null }),
		person('a-grace', { name: 'Grace Okafor', isFamily: true, teamMemberId: 't2' }),
		person('a-leah', { name: 'Ms Leah Hart', teamMemberId: 't4', attendance: 'apologies' }),
		person('a-nan', { name: 'Ayesha Khan', isFamily: true })
	],
	contributions: [],
	actions: [],
	recommendation: null,
	recommendationDetail: null,
	differences: null
};

describe('a review meeting’s record taken into the draft review', () => {
	it('adds the team members who were there to those recorded, in the team’s order, and the ways the child took part', () => {
		const review = reviewFromMeeting(draft, sarah.team, meeting);
		expect(review.tookPart.map((p) => p.id)).toEqual(['t2', 't5']);
		expect(review).toMatchObject({
			date: '2026-12-05',
			childTookPart: true,
			familyTookPart: true,
			childViewsHow: ['drawing', 'trusted-adult'],
			progress: draft.progress,
			childViews: null,
			familyViews: null,
			changesNext: null
		});
	});

	it('does not say the child took part when they did not, nor the family when none of them came', () => {
		const review = reviewFromMeeting(draft, sarah.team, {
			...meeting,
			childTookPart: 'not',
			attendees: meeting.attendees.filter((a) => !a.isFamily)
		});
		expect(review).toMatchObject({ childTookPart: false, familyTookPart: false, childViewsHow: ['drawing'] });
	});

	it('gives the child’s words as theirs and each family member’s by name, below what was written beforehand', () => {
		const review = reviewFromMeeting({ ...draft, childViews: 'I drew my plan.' }, sarah.team, {
			...meeting,
			contributions: [
				{ attendeeId: 'a-sarah', supportedBy: 'her key worker', text: 'I want to go to college.' },
				{ attendeeId: 'a-leah', supportedBy: null, text: 'Staff words stay in the record.' },
				{ attendeeId: 'a-nan', supportedBy: null, text: 'She helps me cook.' }
			]
		});
		expect(review.childViews).toBe(
			'I drew my plan.\n\nIn the meeting on 5 December 2026:\n“I want to go to college.” (with her key worker)'
		);
		expect(review.familyViews).toBe('In the meeting on 5 December 2026:\nAyesha said: “She helps me cook.”');
	});

	it('keeps within a review’s text, whole lines only, and says the rest is in the meeting’s record', () => {
		const long = 'word '.repeat(90).trim();
		const review = reviewFromMeeting(draft, sarah.team, {
			...meeting,
			contributions: Array.from({ length: 10 }, () => ({ attendeeId: 'a-sarah', supportedBy: null, text: long }))
		});
		const lines = review.childViews!.split('\n');
		expect(review.childViews!.length).toBeLessThanOrEqual(TEXT_MAX_LENGTH);
		expect(lines.at(-1)).toBe('More in the meeting’s record.');
		expect(lines.slice(1, -1).every((line) => line === `“${long}”`)).toBe(true);
		expect(lines.length - 2).toBe(4);

		const full = 'x'.repeat(TEXT_MAX_LENGTH - 10);
		expect(
			reviewFromMeeting({ ...draft, childViews: full }, sarah.team, {
				...meeting,
				contributions: [{ attendeeId: 'a-sarah', supportedBy: null, text: long }]
			}).childViews
		).toBe(full);
	});
});
