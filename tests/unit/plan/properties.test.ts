// Raw JSON, deliberately damaged: its shape is whatever the test makes it.
/* eslint-disable @typescript-eslint/no-explicit-any */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '$lib/plan/document';
import { serialisePlanDocument, stringifyPlanDocument } from '$lib/plan/serialise';
import { ARBITRARY_TODAY, planArbitrary } from '../../fixtures/plan-arbitrary';

const today = ARBITRARY_TODAY;

/** Puts arbitrary JSON at some field of a valid plan, so that the parser looks deeper than the top. */
const damagedPlan = fc
	.tuple(planArbitrary({ maxItems: 3 }), fc.jsonValue(), fc.nat(), fc.nat())
	.map(([plan, value, pickObject, pickKey]) => {
		const json = JSON.parse(JSON.stringify(plan)) as Record<string, any>;
		const objects: Record<string, any>[] = [json, json.child, json.plan, ...json.outcomes, ...json.provision];
		const target = objects[pickObject % objects.length]!;
		const keys = [...Object.keys(target), 'unknown'];
		target[keys[pickKey % keys.length]!] = value;
		return json;
	});

/** A value nested `depth` times in arrays and objects. */
function deeplyNested(depth: number): unknown {
	let value: unknown = 'bottom';
	for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { child: value };
	return value;
}

describe('parsePlanDocument, for any input', () => {
	it('never throws on any JSON value, and answers with a plan or at least one problem', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (json) => {
				const result = parsePlanDocument(json, { today });
				expect(result.ok || result.problems.length > 0).toBe(true);
			})
		);
	});

	it('never throws on a plan with arbitrary JSON put in one of its fields', () => {
		fc.assert(
			fc.property(damagedPlan, (json) => {
				const result = parsePlanDocument(json, { today });
				if (!result.ok) {
					for (const problem of result.problems) {
						expect(problem.message.length).toBeGreaterThan(0);
						expect(typeof problem.path).toBe('string');
					}
				}
			})
		);
	});

	it('never throws on deeply nested values, wherever they are put', () => {
		const deep = deeplyNested(100_000);
		expect(parsePlanDocument(deep, { today }).ok).toBe(false);
		for (const place of ['child', 'profile', 'team', 'unknown'] as const) {
			const json = { format: 'golden-thread/plan', version: 1, [place]: deep };
			expect(parsePlanDocument(json, { today }).ok).toBe(false);
		}
	});

	it('accepts every generated valid plan', () => {
		fc.assert(
			fc.property(planArbitrary({ brokenLinks: true }), (plan) => {
				const result = parsePlanDocument(JSON.parse(JSON.stringify(plan)), { today });
				expect(result.ok ? [] : result.problems).toEqual([]);
			})
		);
	});
});

describe('serialise, parse and serialise again', () => {
	it('gives the same document for every generated valid plan', () => {
		fc.assert(
			fc.property(planArbitrary({ brokenLinks: true }), (plan) => {
				const first = parsePlanDocument(JSON.parse(JSON.stringify(plan)), { today });
				if (!first.ok) throw new Error('generated plan refused');
				const once = stringifyPlanDocument(first.plan);
				const second = parsePlanDocument(JSON.parse(once), { today });
				if (!second.ok) throw new Error(`serialised plan refused: ${JSON.stringify(second.problems)}`);
				expect(stringifyPlanDocument(second.plan)).toBe(once);
				expect(serialisePlanDocument(second.plan)).toEqual(JSON.parse(once));
			})
		);
	});
});
