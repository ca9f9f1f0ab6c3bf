/** A small, clean plan to change one thing in, and a way to list findings as `rule:subject`. */
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { checkThread } from '$lib/thread/checker/check';
import type { RuleId } from '$lib/thread/finding';

export const TODAY = '2026-11-22';

const base: PlanDocument = {
	format: 'golden-thread/plan',
	version: 1,
	child: { firstName: 'Sarah', lastName: 'Okafor', dateOfBirth: '2012-10-03' },
	plan: {
		title: 'Sarah’s plan',
		kind: 'sen-support',
		status: 'draft',
		startDate: '2026-09-07',
		reviewDate: '2027-03-05'
	},
	team: [{ id: 't1', name: 'Ms Leah Hart', role: 'teaching-assistant' }],
	aspirations: [{ id: 'a1', text: 'I want to have friends.', voice: 'child' }],
	needs: [
		{ id: 'n1', text: 'Sarah has a language delay.', area: 'communication-and-interaction', aspirationIds: ['a1'] }
	],
	outcomes: [
		{
			id: 'o1',
			text: 'By July 2027, Sarah will join a lunchtime club twice a week.',
			aspirationIds: ['a1'],
			needIds: ['n1'],
			targetDate: '2027-07-16',
			successCriteria: 'The club register shows Sarah there twice a week for six weeks running.',
			steps: [{ text: 'Sarah visits the club once with her teaching assistant.', targetDate: '2026-12-18' }]
		}
	],
	provision: [
		{
			id: 'p1',
			text: 'A teaching assistant goes with Sarah to the lunchtime club and stays nearby.',
			outcomeIds: ['o1'],
			deliveredBy: 'Teaching assistant',
			teamMemberId: 't1',
			sessions: 2,
			per: 'week',
			minutes: 30,
			groupSize: 8,
			startDate: '2026-09-14',
			reviewDate: '2027-03-05'
		}
	]
};

/** A copy of the clean plan, changed by `change`, and checked to be a valid document. */
export function planWith(change: (plan: PlanDocument) => void = () => {}): PlanDocument {
	const plan = structuredClone(base);
	change(plan);
	const result = parsePlanDocument(JSON.parse(JSON.stringify(plan)), { today: TODAY });
	if (!result.ok) throw new Error(`test plan is not valid: ${JSON.stringify(result.problems)}`);
	return result.plan;
}

/** Every finding as `rule:subject-id` (`rule:plan` for plan-wide findings). */
export function findingCodes(plan: PlanDocument, today = TODAY): string[] {
	return checkThread(plan, { today }).map((finding) => `${finding.rule}:${finding.subject.id ?? finding.subject.kind}`);
}

/** The findings of one rule, as `rule:subject-id`. */
export function codesOf(rule: RuleId, plan: PlanDocument, today = TODAY): string[] {
	return findingCodes(plan, today).filter((code) => code.startsWith(`${rule}:`));
}

/** The messages of one rule's findings. */
export function messagesOf(rule: RuleId, plan: PlanDocument, today = TODAY): string[] {
	return checkThread(plan, { today })
		.filter((finding) => finding.rule === rule)
		.map((finding) => finding.message);
}

/** A case of a rule table: a sentence, a change to the clean plan, and the findings expected. */
export interface RuleCase {
	name: string;
	change: (plan: PlanDocument) => void;
	expected: string[];
	today?: string;
}

/** Runs a table of cases for one rule: each case's findings of that rule must be exactly `expected`. */
export function ruleTable(rule: RuleId, cases: RuleCase[]): void {
	describe(rule, () => {
		it.each(cases)('$name', ({ change, expected, today }) => {
			expect(codesOf(rule, planWith(change), today)).toEqual(expected);
		});
	});
}
