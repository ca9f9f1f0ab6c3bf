import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '$lib/plan/document';
import { stringifyPlanDocument } from '$lib/plan/serialise';
import { checkThread } from '$lib/thread/checker/check';
import { largestPlan } from '../../fixtures/largest-plan';

const today = '2026-11-22';

describe('largestPlan', () => {
	it('is valid at the limits of the format and has a clean thread', () => {
		const json = JSON.parse(JSON.stringify(largestPlan()));
		const result = parsePlanDocument(json, { today });
		if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
		const { plan } = result;
		for (const list of [plan.team, plan.aspirations, plan.needs, plan.outcomes, plan.provision]) {
			expect(list).toHaveLength(200);
		}
		expect(plan.outcomes[199]?.steps).toHaveLength(200);
		expect(plan.outcomes[0]?.aspirationIds).toHaveLength(200);
		expect(plan.profile?.support).toHaveLength(200);
		expect(plan.outcomes[5]?.steps[7]?.text).toHaveLength(2000);
		expect(plan.team[3]?.email).toHaveLength(2000);
		expect(checkThread(plan, { today })).toEqual([]);
	}, 60_000);

	it('becomes invalid with one item or one character more', () => {
		const plan = largestPlan({ stepsPerOutcome: 1 });
		plan.needs.push({ id: 'n201', text: 'One too many', area: 'health', aspirationIds: [] });
		plan.aspirations[0]!.text += 'x';
		const result = parsePlanDocument(JSON.parse(JSON.stringify(plan)), { today });
		expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual(['aspirations[0].text', 'needs']);
	}, 60_000);

	it('comes in smaller sizes of the same make', () => {
		const plan = largestPlan({ items: 3, stepsPerOutcome: 2, linksPerItem: 2, textLength: 50 });
		expect(plan.outcomes).toHaveLength(3);
		expect(plan.outcomes[0]?.steps).toHaveLength(2);
		expect(plan.needs[2]?.aspirationIds).toEqual(['a3', 'a1']);
		expect(plan.aspirations[0]?.text).toHaveLength(50);
		const result = parsePlanDocument(plan, { today });
		expect(result.ok && stringifyPlanDocument(result.plan)).toBe(`${JSON.stringify(plan, null, 2)}\n`);
	});
});
