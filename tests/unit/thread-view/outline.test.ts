import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '$lib/plan/document';
import { describeProvision, groupFindings, mendHref, threadOutline } from '$lib/thread-view';
import type { Finding } from '$lib/thread/finding';
import { example, withFindings } from './fixtures';

describe('threadOutline', () => {
	it("writes Sarah's thread out as aspiration → outcomes → provision, naming the needs", () => {
		const { plan, findings } = example('sarah');
		const outline = threadOutline(plan, findings);
		expect(outline.aspirations.map((a) => a.text)).toEqual([
			'I want to have friends.',
			'I want to go into town with my friends on my own.',
			'We want Sarah to feel confident and safe when she is out of the house.'
		]);
		const friends = outline.aspirations[0]!;
		expect(friends.saidBy).toBe('Sarah said');
		expect(friends.needs.map((n) => n.area)).toEqual(['Communication and interaction']);
		expect(friends.outcomes.map((o) => o.text)).toEqual([plan.outcomes[0]!.text]);
		expect(friends.outcomes[0]!.needs.map((n) => n.id)).toEqual(['n1', 'n2']);
		expect(friends.outcomes[0]!.provision.map((p) => p.details)).toEqual([
			'Learning mentor, 1 session a week of 180 minutes, one to one',
			'Teaching assistant, 2 sessions a week of 30 minutes, in a group of 6'
		]);
		// An outcome serving two aspirations is listed under both.
		expect(outline.aspirations[1]!.outcomes[0]!.id).toBe('o2');
		expect(outline.aspirations[2]!.outcomes[0]!.id).toBe('o2');
		expect(outline.aspirations[2]!.saidBy).toBe('A parent or carer said');
		expect(outline.looseEnds).toEqual([]);
	});

	it("lists the child's own words first, then the others in the plan's order", () => {
		const sarah = example('sarah').plan;
		const plan: PlanDocument = {
			...sarah,
			aspirations: [
				sarah.aspirations[2]!,
				{ id: 'a9', text: 'Sarah will thrive.', voice: 'professional' },
				sarah.aspirations[0]!,
				sarah.aspirations[1]!
			]
		};
		expect(threadOutline(plan, []).aspirations.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a9']);
	});

	it('lists loose ends in thread order, each with why', () => {
		const sarah = example('sarah').plan;
		const plan: PlanDocument = {
			...sarah,
			outcomes: [
				...sarah.outcomes,
				{
					id: 'o3',
					text: 'By July 2027, Sarah will swim 25 metres.',
					aspirationIds: [],
					needIds: ['n1'],
					targetDate: '2027-07-16',
					successCriteria: 'Swims it.',
					steps: []
				}
			],
			aspirations: [...sarah.aspirations, { id: 'a4', text: 'I want to ride a horse.', voice: 'child' }]
		};
		const { findings } = withFindings(plan);
		expect(threadOutline(plan, findings).looseEnds).toEqual([
			{
				layer: 'aspiration',
				id: 'a4',
				text: 'I want to ride a horse.',
				reasons: ['No outcome works towards this aspiration yet.']
			},
			{
				layer: 'outcome',
				id: 'o3',
				text: 'By July 2027, Sarah will swim 25 metres.',
				reasons: ['This outcome works towards no aspiration.', 'No provision supports this outcome yet.']
			}
		]);
	});
});

describe('describeProvision', () => {
	it('names the team member when no one else is named, and leaves out what is not given', () => {
		const team = new Map([['t4', { id: 't4', name: 'Ms Leah Hart', role: 'teaching-assistant' as const }]]);
		expect(
			describeProvision({ id: 'p', text: 'x', outcomeIds: [], teamMemberId: 't4', sessions: 3, per: 'term' }, team)
		).toBe('Ms Leah Hart (Teaching assistant), 3 sessions a term');
		expect(describeProvision({ id: 'p', text: 'x', outcomeIds: [] }, team)).toBe('');
	});
});

describe('groupFindings and mendHref', () => {
	it('groups Problems before Checks, each by part of the plan in thread order', () => {
		const findings: Finding[] = [
			{ rule: 'outcome-without-aspiration', severity: 'error', subject: { kind: 'outcome', id: 'o3' }, message: 'm1' },
			{ rule: 'no-child-voice', severity: 'warning', subject: { kind: 'plan' }, message: 'm2' },
			{
				rule: 'provision-not-quantified',
				severity: 'warning',
				subject: { kind: 'provision', id: 'p3' },
				message: 'm3'
			},
			{ rule: 'outcome-not-measurable', severity: 'warning', subject: { kind: 'outcome', id: 'o3' }, message: 'm4' }
		];
		const groups = groupFindings(findings);
		expect(groups.map((g) => [g.severity, g.count, g.parts.map((p) => p.heading)])).toEqual([
			['error', 1, ['Outcomes']],
			['warning', 3, ['The plan as a whole', 'Outcomes', 'Provision']]
		]);
		expect(groupFindings([])).toEqual([]);
	});

	it("links an item's finding to its form and a plan-wide one to the task that mends it", () => {
		expect(
			mendHref('p1', {
				rule: 'provision-not-quantified',
				severity: 'warning',
				subject: { kind: 'provision', id: 'x y' },
				message: ''
			})
		).toBe('/plans/p1/provision?edit=x%20y#sessions');
		expect(
			mendHref('p1', {
				rule: 'step-date-out-of-range',
				severity: 'warning',
				subject: { kind: 'outcome', id: 'o1' },
				message: ''
			})
		).toBe('/plans/p1/outcomes?edit=o1#steps');
		expect(
			mendHref('p1', {
				rule: 'provision-date-out-of-range',
				severity: 'warning',
				subject: { kind: 'provision', id: 'p1' },
				message: ''
			})
		).toBe('/plans/p1/provision?edit=p1#startDate-day');
		expect(
			mendHref('p1', { rule: 'review-too-far', severity: 'warning', subject: { kind: 'plan' }, message: '' })
		).toBe('/plans/p1/details');
		expect(mendHref('p1', { rule: 'no-aspirations', severity: 'error', subject: { kind: 'plan' }, message: '' })).toBe(
			'/plans/p1/aspirations#text'
		);
	});

	const finding = (rule: Finding['rule'], kind: Finding['subject']['kind'], id?: string): Finding => ({
		rule,
		severity: 'warning',
		subject: id === undefined ? { kind } : { kind, id },
		message: ''
	});
	it.each([
		[finding('outcome-without-aspiration', 'outcome', 'o1'), '/plans/p/outcomes?edit=o1#aspirationIds'],
		[finding('outcome-not-measurable', 'outcome', 'o1'), '/plans/p/outcomes?edit=o1#successCriteria'],
		[finding('aspiration-without-outcome', 'aspiration', 'a1'), '/plans/p/outcomes?aspiration=a1#text'],
		[finding('need-without-outcome', 'need', 'n1'), '/plans/p/outcomes?need=n1#text'],
		[finding('outcome-without-provision', 'outcome', 'o1'), '/plans/p/provision?outcome=o1#text'],
		[finding('provision-not-quantified', 'provision', 'x1'), '/plans/p/provision?edit=x1#sessions'],
		[finding('vague-wording', 'provision', 'x1'), '/plans/p/provision?edit=x1#text'],
		[finding('no-child-voice', 'plan'), '/plans/p/aspirations#text'],
		[finding('review-date-missing', 'plan'), '/plans/p/details']
	])('mends %o at %s', (f, href) => {
		expect(mendHref('p', f)).toBe(href);
	});
});
