/** The dates that a draft carries from before its start: steps' and provision's (the plan starts on 7 September 2026). */
import { describe, expect, it } from 'vitest';
import { checkThread } from '$lib/thread/checker/check';
import { TODAY, findingCodes, messagesOf, planWith, ruleTable } from '../helpers';

ruleTable('step-date-out-of-range', [
	{
		name: 'fires when a step’s target date is before the plan starts',
		change: (p) => (p.outcomes[0]!.steps[0]!.targetDate = '2026-09-06'),
		expected: ['step-date-out-of-range:o1']
	},
	{
		name: 'fires once for each step dated before the start',
		change: (p) => {
			p.outcomes[0]!.steps[0]!.targetDate = '2026-03-05';
			p.outcomes[0]!.steps.push({ text: 'Sarah stays for half the club.', targetDate: '2026-06-01' });
			p.outcomes[0]!.steps.push({ text: 'Sarah stays for the whole club.', targetDate: '2027-02-01' });
		},
		expected: ['step-date-out-of-range:o1', 'step-date-out-of-range:o1']
	},
	{
		name: 'does not fire for a step dated on the start date',
		change: (p) => (p.outcomes[0]!.steps[0]!.targetDate = '2026-09-07'),
		expected: []
	},
	{
		name: 'does not fire for a step without a date',
		change: (p) => delete p.outcomes[0]!.steps[0]!.targetDate,
		expected: []
	},
	{
		name: 'does not fire for the outcome’s own date (outcome-date-out-of-range does)',
		change: (p) => (p.outcomes[0]!.targetDate = '2026-01-01'),
		expected: []
	},
	{
		name: 'fires on an agreed plan as on a draft, as the outcome’s rule does',
		change: (p) => {
			p.plan.status = 'agreed';
			p.outcomes[0]!.steps[0]!.targetDate = '2026-09-06';
		},
		expected: ['step-date-out-of-range:o1']
	}
]);

ruleTable('provision-date-out-of-range', [
	{
		name: 'fires when the support starts before the plan',
		change: (p) => (p.provision[0]!.startDate = '2026-03-05'),
		expected: ['provision-date-out-of-range:p1']
	},
	{
		name: 'fires when the support’s review is before the plan starts',
		change: (p) => (p.provision[0]!.reviewDate = '2026-09-06'),
		expected: ['provision-date-out-of-range:p1']
	},
	{
		name: 'fires for each date when both are before the start',
		change: (p) => {
			p.provision[0]!.startDate = '2025-09-14';
			p.provision[0]!.reviewDate = '2026-03-05';
		},
		expected: ['provision-date-out-of-range:p1', 'provision-date-out-of-range:p1']
	},
	{
		name: 'does not fire for support starting on the start date',
		change: (p) => (p.provision[0]!.startDate = '2026-09-07'),
		expected: []
	},
	{
		name: 'does not fire for undated support',
		change: (p) => {
			delete p.provision[0]!.startDate;
			delete p.provision[0]!.reviewDate;
		},
		expected: []
	}
]);

describe('messages about dates before the start', () => {
	const carried = planWith((p) => {
		p.outcomes[0]!.steps[0]!.targetDate = '2026-03-05';
		p.provision[0]!.startDate = '2025-09-14';
		p.provision[0]!.reviewDate = '2026-03-05';
	});

	it('name the step by its number and outcome, with both dates in UK form', () => {
		expect(messagesOf('step-date-out-of-range', carried)).toEqual([
			'Step 1 of the outcome “By July 2027, Sarah will join a…” has a target date of 5 March 2026, before the plan starts on 7 September 2026. Check the date.'
		]);
	});

	it('say which of the provision’s dates it is, and that support carrying on starts with the plan', () => {
		expect(messagesOf('provision-date-out-of-range', carried)).toEqual([
			'The provision “A teaching assistant goes with Sarah to…” starts on 14 September 2025, before the plan starts on 7 September 2026. Check the date: support that carries on starts again with the plan.',
			'The provision “A teaching assistant goes with Sarah to…” is to be reviewed on 5 March 2026, before the plan starts on 7 September 2026. Check the date.'
		]);
	});

	it('are warnings, listed after the outcome’s own date finding, provision last', () => {
		const plan = planWith((p) => {
			p.outcomes[0]!.targetDate = '2026-01-01';
			p.outcomes[0]!.steps[0]!.targetDate = '2026-03-05';
			p.provision[0]!.reviewDate = '2026-03-05';
		});
		const dated = checkThread(plan, { today: TODAY }).filter((finding) => finding.rule.endsWith('date-out-of-range'));
		expect(dated.map((finding) => finding.severity)).toEqual(['warning', 'warning', 'warning']);
		expect(findingCodes(plan).filter((code) => code.includes('date-out-of-range'))).toEqual([
			'outcome-date-out-of-range:o1',
			'step-date-out-of-range:o1',
			'provision-date-out-of-range:p1'
		]);
	});
});
