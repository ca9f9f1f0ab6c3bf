import { describe, expect, it } from 'vitest';
import { messagesOf, planWith, ruleTable } from '../helpers';

ruleTable('outcome-not-time-bound', [
	{
		name: 'fires when an outcome has no target date',
		change: (p) => delete p.outcomes[0]!.targetDate,
		expected: ['outcome-not-time-bound:o1']
	},
	{
		name: 'fires even when a date is written in the outcome’s text',
		change: (p) => {
			delete p.outcomes[0]!.targetDate;
			p.outcomes[0]!.text = 'By 5 March 2027, Sarah will join a club.';
		},
		expected: ['outcome-not-time-bound:o1']
	},
	{ name: 'does not fire when the outcome has a target date', change: () => {}, expected: [] },
	{
		name: 'does not fire for a missing step date',
		change: (p) => delete p.outcomes[0]!.steps[0]!.targetDate,
		expected: []
	}
]);

ruleTable('outcome-not-measurable', [
	{
		name: 'fires when an outcome has no success criteria',
		change: (p) => delete p.outcomes[0]!.successCriteria,
		expected: ['outcome-not-measurable:o1']
	},
	{
		name: 'fires even when a measure is written in the outcome’s text',
		change: (p) => {
			delete p.outcomes[0]!.successCriteria;
			p.outcomes[0]!.text = 'Sarah will read 20 words out of 25.';
		},
		expected: ['outcome-not-measurable:o1']
	},
	{ name: 'does not fire when the outcome has success criteria', change: () => {}, expected: [] }
]);

ruleTable('outcome-date-out-of-range', [
	{
		name: 'fires when the target date is before the plan starts',
		change: (p) => (p.outcomes[0]!.targetDate = '2026-09-06'),
		expected: ['outcome-date-out-of-range:o1']
	},
	{
		name: 'does not fire when the target date is the start date',
		change: (p) => (p.outcomes[0]!.targetDate = '2026-09-07'),
		expected: []
	},
	{ name: 'does not fire when there is no target date', change: (p) => delete p.outcomes[0]!.targetDate, expected: [] },
	{
		name: 'does not fire for a step dated before the start',
		change: (p) => (p.outcomes[0]!.steps[0]!.targetDate = '2026-01-01'),
		expected: []
	}
]);

describe('messages about outcomes', () => {
	it('give both dates in UK form', () => {
		const plan = planWith((p) => (p.outcomes[0]!.targetDate = '2026-07-17'));
		expect(messagesOf('outcome-date-out-of-range', plan)).toEqual([
			'The outcome “By July 2027, Sarah will join a…” has a target date of 17 July 2026, before the plan starts on 7 September 2026. Check the date.'
		]);
	});
});
