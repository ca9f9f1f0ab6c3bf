import { describe, expect, it } from 'vitest';
import { messagesOf, planWith, ruleTable } from '../helpers';

ruleTable('review-date-missing', [
	{
		name: 'fires when the plan has no review date',
		change: (p) => delete p.plan.reviewDate,
		expected: ['review-date-missing:plan']
	},
	{ name: 'does not fire when the plan has a review date', change: () => {}, expected: [] }
]);

ruleTable('review-too-far', [
	{ name: 'does not fire at exactly 12 months', change: (p) => (p.plan.reviewDate = '2027-09-07'), expected: [] },
	{
		name: 'fires one day after 12 months',
		change: (p) => (p.plan.reviewDate = '2027-09-08'),
		expected: ['review-too-far:plan']
	},
	{
		name: 'clamps the month end: 12 months from 29 February 2028 is 28 February 2029',
		change: (p) => {
			p.plan.startDate = '2028-02-29';
			p.plan.reviewDate = '2029-02-28';
		},
		expected: [],
		today: '2028-03-01'
	},
	{
		name: 'clamps the month end: 1 March after 29 February 2028 is too far',
		change: (p) => {
			p.plan.startDate = '2028-02-29';
			p.plan.reviewDate = '2029-03-01';
		},
		expected: ['review-too-far:plan'],
		today: '2028-03-01'
	},
	{
		name: 'does not fire at exactly 6 months for a child under 5',
		change: (p) => {
			p.child.dateOfBirth = '2022-09-12';
			p.plan.reviewDate = '2027-03-07';
		},
		expected: []
	},
	{
		name: 'fires one day after 6 months for a child under 5',
		change: (p) => {
			p.child.dateOfBirth = '2022-09-12';
			p.plan.reviewDate = '2027-03-08';
		},
		expected: ['review-too-far:plan']
	},
	{
		name: 'fires after 6 months for a child turning 5 the day after the start',
		change: (p) => {
			p.child.dateOfBirth = '2021-09-08';
			p.plan.reviewDate = '2027-03-08';
		},
		expected: ['review-too-far:plan']
	},
	{
		name: 'allows 12 months for a child turning 5 on the start date',
		change: (p) => {
			p.child.dateOfBirth = '2021-09-07';
			p.plan.reviewDate = '2027-09-07';
		},
		expected: []
	},
	{
		name: 'clamps 6 months from 31 August to 28 February',
		change: (p) => {
			p.child.dateOfBirth = '2023-01-01';
			p.plan.startDate = '2026-08-31';
			p.plan.reviewDate = '2027-03-01';
		},
		expected: ['review-too-far:plan']
	},
	{ name: 'does not fire without a review date', change: (p) => delete p.plan.reviewDate, expected: [] }
]);

ruleTable('review-overdue', [
	{
		name: 'fires the day after the review date',
		change: (p) => (p.plan.reviewDate = '2027-03-05'),
		expected: ['review-overdue:plan'],
		today: '2027-03-06'
	},
	{
		name: 'does not fire on the day of the review',
		change: (p) => (p.plan.reviewDate = '2027-03-05'),
		expected: [],
		today: '2027-03-05'
	},
	{
		name: 'does not fire the day before the review',
		change: (p) => (p.plan.reviewDate = '2027-03-05'),
		expected: [],
		today: '2027-03-04'
	},
	{
		name: 'does not fire for an archived plan',
		change: (p) => (p.plan.status = 'archived'),
		expected: [],
		today: '2028-01-01'
	},
	{
		name: 'fires for an agreed plan',
		change: (p) => (p.plan.status = 'agreed'),
		expected: ['review-overdue:plan'],
		today: '2028-01-01'
	},
	{
		name: 'does not fire without a review date',
		change: (p) => delete p.plan.reviewDate,
		expected: [],
		today: '2028-01-01'
	}
]);

describe('messages about review dates', () => {
	it('suggest the default review date when it is missing', () => {
		const plan = planWith((p) => delete p.plan.reviewDate);
		expect(messagesOf('review-date-missing', plan)).toEqual([
			'The plan has no review date. Add one: 7 September 2027 would be 12 months after the plan starts, the longest allowed.'
		]);
	});

	it('cite the Code of Practice for a child under 5', () => {
		const plan = planWith((p) => {
			p.child.dateOfBirth = '2022-09-12';
			p.child.knownAs = 'Amara';
			p.plan.reviewDate = '2027-09-07';
		});
		expect(messagesOf('review-too-far', plan)).toEqual([
			'The review date, 7 September 2027, is more than 6 months after the plan starts on 7 September 2026. Amara is under 5 on the start date, and the SEND Code of Practice (9.178) asks local authorities to consider reviewing plans for children under 5 every 3 to 6 months. Set a review date on or before 7 March 2027.'
		]);
	});

	it('give the latest allowed date for an older child', () => {
		const plan = planWith((p) => (p.plan.reviewDate = '2027-10-01'));
		expect(messagesOf('review-too-far', plan)[0]).toMatch(
			/more than 12 months after the plan starts on 7 September 2026\. Plans are reviewed at least every 12 months\. Set a review date on or before 7 September 2027\.$/
		);
	});

	it('say when the review was due', () => {
		const plan = planWith();
		expect(messagesOf('review-overdue', plan, '2027-04-01')[0]).toMatch(/^The review date, 5 March 2027, has passed\./);
	});
});
