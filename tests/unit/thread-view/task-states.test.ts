import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { reviewUrgency } from '$lib/plan/review-urgency';
import {
	childVoiceAspirations,
	taskOfFinding,
	taskStates,
	type TaskId,
	type TaskStatus
} from '$lib/thread-view/task-states';
import { checkThread } from '$lib/thread/checker/check';
import type { Finding } from '$lib/thread/finding';

const today = '2026-11-22';

function sarah(): PlanDocument {
	const result = parsePlanDocument(JSON.parse(readFileSync('tests/fixtures/sarah.plan.json', 'utf8')), { today });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.plan;
}

const empty: PlanDocument = {
	format: 'golden-thread/plan',
	version: 1,
	child: { firstName: 'Sarah', lastName: 'Okafor', dateOfBirth: '2012-10-03' },
	plan: {
		title: "Sarah's support plan",
		kind: 'sen-support',
		status: 'draft',
		startDate: '2026-09-07',
		reviewDate: '2027-09-07'
	},
	team: [],
	aspirations: [],
	needs: [],
	outcomes: [],
	provision: []
};

function statuses(
	plan: PlanDocument,
	findings: readonly Finding[] = checkThread(plan, { today }),
	sharedWith = 0
): Record<TaskId, TaskStatus> {
	return Object.fromEntries(taskStates(plan, findings, { sharedWith }).map((t) => [t.id, t.status])) as Record<
		TaskId,
		TaskStatus
	>;
}

describe('task states', () => {
	it('lists the eight tasks of the flow in order', () => {
		expect(taskStates(empty, []).map((t) => t.label)).toEqual([
			'About me',
			'Team',
			'Aspirations',
			'Needs',
			'Outcomes',
			'Provision',
			'Check the thread',
			'Share'
		]);
	});

	it('says every task of a new, empty plan is not started, whatever plan-wide findings there are', () => {
		const findings = checkThread(empty, { today });
		expect(findings.some((f) => f.rule === 'no-aspirations' && f.severity === 'error')).toBe(true);
		expect(Object.values(statuses(empty, findings))).toEqual(Array(8).fill('not-started'));
		expect(taskStates(empty, findings).every((t) => t.problems === 0 && t.checks === 0)).toBe(true);
	});

	it("calls Sarah's plan done where it is whole, with its warnings counted as checks", () => {
		const plan = sarah();
		const findings = checkThread(plan, { today });
		const states = taskStates(plan, findings, { sharedWith: 2 });
		expect(states.map((t) => t.status)).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'done', 'done']);
		const warnings = findings.filter((f) => f.severity === 'warning');
		expect(states.find((t) => t.id === 'check')!.checks).toBe(warnings.length);
		for (const task of states.slice(0, 6))
			expect(task.checks).toBe(warnings.filter((f) => taskOfFinding(f) === task.id).length);
	});

	it('marks a layer with an error as having problems, and only that layer', () => {
		const plan = sarah();
		plan.outcomes[0]!.aspirationIds = [];
		const result = statuses(plan);
		expect(result.outcomes).toBe('has-problems');
		expect(result.check).toBe('has-problems');
		expect(result.aspirations).toBe('done');
		expect(result.provision).toBe('done');
		expect(taskStates(plan, checkThread(plan, { today })).find((t) => t.id === 'outcomes')!.problems).toBe(1);
	});

	it('keeps About me in progress until all three lists and how the child communicates are filled', () => {
		const partial = { ...empty, profile: { important: ['Seeing her cousin Dami at weekends.'] } };
		expect(statuses(partial)['about-me']).toBe('in-progress');
		const noCommunication = { ...empty, profile: { likeAndAdmire: ['Kind'], important: ['Dami'], support: ['Time'] } };
		expect(statuses(noCommunication)['about-me']).toBe('in-progress');
		const whole = { ...noCommunication, child: { ...empty.child, communication: 'Talks best one to one.' } };
		expect(statuses(whole)['about-me']).toBe('done');
		const onlyCommunication = { ...empty, child: whole.child };
		expect(statuses(onlyCommunication)['about-me']).toBe('in-progress');
	});

	it('keeps the team in progress until it has the child and someone else', () => {
		const onlyTa = { ...empty, team: [{ id: 't1', name: 'Ms Leah Hart', role: 'teaching-assistant' as const }] };
		expect(statuses(onlyTa).team).toBe('in-progress');
		const withChild = {
			...onlyTa,
			team: [...onlyTa.team, { id: 't2', name: 'Sarah Okafor', role: 'child-young-person' as const }]
		};
		expect(statuses(withChild).team).toBe('done');
	});

	it('keeps "Check the thread" in progress while a layer is empty, and puts plan-wide aspiration findings under Aspirations', () => {
		const plan = {
			...empty,
			aspirations: [{ id: 'a1', text: 'We want Sarah to feel safe.', voice: 'parent-carer' as const }]
		};
		const findings = checkThread(plan, { today });
		expect(statuses(plan, findings).check).toBe('in-progress');
		const aspirations = taskStates(plan, findings).find((t) => t.id === 'aspirations')!;
		expect(aspirations.status).toBe('done');
		expect(aspirations.checks).toBe(
			findings.filter((f) => f.subject.kind === 'aspiration' || f.rule === 'no-child-voice').length
		);
		expect(findings.some((f) => f.rule === 'no-child-voice')).toBe(true);
	});

	it('shares: done once someone has been given access', () => {
		expect(statuses(empty, [], 0).share).toBe('not-started');
		expect(statuses(empty, [], 1).share).toBe('done');
	});

	it("gives the child's own aspirations, in their words", () => {
		expect(childVoiceAspirations(sarah())).toEqual([
			{ text: 'I want to have friends.' },
			{ text: 'I want to go into town with my friends on my own.' }
		]);
		expect(childVoiceAspirations(empty)).toEqual([]);
	});

	it("names who helped the child say it, and counts words recorded as the child's", () => {
		const plan = sarah();
		plan.aspirations = [
			{
				id: 'a1',
				text: 'I want to ride a horse.',
				voice: 'child',
				saidBy: { name: 'Sarah', child: true, with: 'her key worker' }
			},
			{ id: 'a2', text: 'We want her safe.', voice: 'parent-carer', saidBy: { name: 'Grace Okafor' } }
		];
		expect(childVoiceAspirations(plan)).toEqual([{ text: 'I want to ride a horse.', with: 'her key worker' }]);
	});
});

describe('review urgency', () => {
	it.each([
		['2026-11-21', 'overdue'],
		['2026-11-22', 'due-soon'],
		['2026-12-20', 'due-soon'],
		['2026-12-21', null],
		[null, null]
	] as const)('a review on %s is %s on 22 November 2026', (date, expected) => {
		expect(reviewUrgency(date, today)).toBe(expected);
	});
});
