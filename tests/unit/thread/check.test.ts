import { describe, expect, it } from 'vitest';
import { checkThread, ruleIds, rules } from '$lib/thread/checker/check';
import { findingCodes, planWith } from './helpers';

describe('checkThread', () => {
	it('finds nothing in the clean test plan', () => {
		expect(findingCodes(planWith())).toEqual([]);
	});

	it('orders errors before warnings, then plan, aspirations, needs, outcomes, provision, then by position', () => {
		const plan = planWith((p) => {
			p.aspirations.push({ id: 'a2', text: 'Second', voice: 'parent-carer' });
			p.needs.push({ id: 'n2', text: 'Second need', area: 'health', aspirationIds: [] });
			p.outcomes.push({ id: 'o2', text: 'Sarah may join.', aspirationIds: [], needIds: ['n1'], steps: [] });
			p.outcomes.unshift({
				id: 'o0',
				text: 'Sarah will read.',
				aspirationIds: ['a1'],
				needIds: ['n1'],
				targetDate: '2027-01-01',
				successCriteria: 'Read.',
				steps: []
			});
			p.provision.push({
				id: 'p2',
				text: 'Help.',
				outcomeIds: ['o9'],
				deliveredBy: 'TA',
				sessions: 1,
				per: 'week',
				minutes: 5
			});
			delete p.plan.reviewDate;
		});
		expect(findingCodes(plan)).toEqual([
			'review-date-missing:plan',
			'outcome-without-aspiration:o2',
			'provision-without-outcome:p2',
			'broken-link:p2',
			'aspiration-without-outcome:a2',
			'need-without-outcome:n2',
			'outcome-without-provision:o0',
			'outcome-not-measurable:o0',
			'outcome-without-provision:o2',
			'outcome-not-time-bound:o2',
			'outcome-not-measurable:o2',
			'vague-wording:o2'
		]);
	});

	it('gives each finding the severity of its rule and a message', () => {
		const plan = planWith((p) => {
			p.outcomes[0]!.aspirationIds = [];
			delete p.outcomes[0]!.successCriteria;
		});
		expect(checkThread(plan, { today: '2026-11-22' })).toEqual([
			{
				rule: 'outcome-without-aspiration',
				severity: 'error',
				subject: { kind: 'outcome', id: 'o1' },
				message: expect.stringContaining('not linked to any aspiration')
			},
			{
				rule: 'aspiration-without-outcome',
				severity: 'warning',
				subject: { kind: 'aspiration', id: 'a1' },
				message: expect.stringContaining('No outcome works towards')
			},
			{
				rule: 'outcome-not-measurable',
				severity: 'warning',
				subject: { kind: 'outcome', id: 'o1' },
				message: expect.stringContaining('no success criteria')
			}
		]);
	});

	it('gives plan-wide findings the subject { kind: "plan" } with no id', () => {
		const plan = planWith((p) => (p.aspirations[0]!.voice = 'professional'));
		const [finding] = checkThread(plan, { today: '2026-11-22' });
		expect(finding?.subject).toStrictEqual({ kind: 'plan' });
	});

	it('refuses a today that is not a date', () => {
		expect(() => checkThread(planWith(), { today: '22/11/2026' })).toThrow(RangeError);
	});
});

describe('the rule registry', () => {
	it('lists every rule once, in the order of the design’s table', () => {
		expect(rules.map((rule) => rule.id)).toEqual([...ruleIds]);
	});

	it('gives the errors of the design’s table and makes the rest warnings', () => {
		const errors = [
			'no-aspirations',
			'outcome-without-aspiration',
			'provision-without-outcome',
			'broken-link',
			'review-date-missing'
		];
		for (const rule of rules) expect(rule.severity).toBe(errors.includes(rule.id) ? 'error' : 'warning');
	});

	it('describes each rule in a plain sentence for the help page', () => {
		for (const rule of rules) expect(rule.description).toMatch(/^[A-Z].*\.$/);
	});
});
