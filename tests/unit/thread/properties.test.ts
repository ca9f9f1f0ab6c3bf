import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { checkThread } from '$lib/thread/checker/check';
import type { SubjectKind } from '$lib/thread/finding';
import { ARBITRARY_TODAY, isoDateArbitrary, planArbitrary } from '../../fixtures/plan-arbitrary';

/** Generated plans, parsed as the app would get them. */
const parsedPlan = planArbitrary({ brokenLinks: true }).map((json): PlanDocument => {
	const result = parsePlanDocument(JSON.parse(JSON.stringify(json)), { today: ARBITRARY_TODAY });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.plan;
});
const today = isoDateArbitrary(ARBITRARY_TODAY, '2035-12-31');

function idsOf(plan: PlanDocument, kind: SubjectKind): Set<string> {
	const lists: Record<SubjectKind, readonly { id: string }[]> = {
		plan: [],
		child: [],
		team: plan.team,
		aspiration: plan.aspirations,
		need: plan.needs,
		outcome: plan.outcomes,
		provision: plan.provision
	};
	return new Set(lists[kind].map((item) => item.id));
}

describe('checkThread, for any parsed plan', () => {
	it('never throws and gives the same findings every time', () => {
		fc.assert(
			fc.property(parsedPlan, today, (plan, day) => {
				const first = checkThread(plan, { today: day });
				const second = checkThread(structuredClone(plan), { today: day });
				expect(second).toEqual(first);
			})
		);
	});

	it('reports only about items that exist, on the item that holds a broken link', () => {
		fc.assert(
			fc.property(parsedPlan, today, (plan, day) => {
				for (const finding of checkThread(plan, { today: day })) {
					const { kind, id } = finding.subject;
					if (kind === 'plan') expect(id).toBeUndefined();
					else expect(idsOf(plan, kind).has(id ?? '')).toBe(true);
					expect(finding.message.length).toBeGreaterThan(20);
				}
			})
		);
	});

	it('lists errors before warnings', () => {
		fc.assert(
			fc.property(parsedPlan, today, (plan, day) => {
				const severities = checkThread(plan, { today: day }).map((finding) => finding.severity);
				expect(severities).toEqual([...severities].sort());
			})
		);
	});

	it('does not change the plan', () => {
		fc.assert(
			fc.property(parsedPlan, today, (plan, day) => {
				const before = JSON.stringify(plan);
				checkThread(plan, { today: day });
				expect(JSON.stringify(plan)).toBe(before);
			})
		);
	});
});
