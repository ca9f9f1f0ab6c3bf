import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '$lib/plan/diff';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { ARBITRARY_TODAY, planArbitrary } from '../../fixtures/plan-arbitrary';

const sarah = (() => {
	const result = parsePlanDocument(JSON.parse(readFileSync('tests/fixtures/sarah.plan.json', 'utf8')), {
		today: '2026-11-22'
	});
	if (!result.ok) throw new Error('sarah');
	return result.plan;
})();
const copy = (): PlanDocument => structuredClone(sarah);

describe('comparing two versions', () => {
	const cases: Array<[string, (plan: PlanDocument) => void, Array<{ layer: string; id: string; change: string }>]> = [
		['nothing changed', () => {}, []],
		['only the status changed', (p) => (p.plan.status = 'agreed'), []],
		[
			'an outcome was reworded',
			(p) => (p.outcomes[0]!.text = p.outcomes[0]!.text.replace('a small group of friends', 'three good friends')),
			[{ layer: 'outcomes', id: 'o1', change: 'changed' }]
		],
		[
			'an aspiration was added',
			(p) => p.aspirations.push({ id: 'a4', text: 'I want to ride a horse.', voice: 'child' }),
			[{ layer: 'aspirations', id: 'a4', change: 'added' }]
		],
		['a provision was removed', (p) => p.provision.splice(1, 1), [{ layer: 'provision', id: 'p2', change: 'removed' }]],
		[
			'the review date moved',
			(p) => (p.plan.reviewDate = '2027-09-05'),
			[{ layer: 'plan', id: 'plan', change: 'changed' }]
		],
		[
			'an About me entry was added',
			(p) => p.profile!.important!.push('Riding lessons on Saturdays.'),
			[{ layer: 'profile', id: 'profile', change: 'changed' }]
		],
		[
			'several layers at once, listed in thread order',
			(p) => {
				p.provision[0]!.minutes = 60;
				p.needs[1]!.aspirationIds = ['a2'];
				p.team.pop();
			},
			[
				{ layer: 'team', id: 't6', change: 'removed' },
				{ layer: 'needs', id: 'n2', change: 'changed' },
				{ layer: 'provision', id: 'p1', change: 'changed' }
			]
		]
	];

	it.each(cases)('%s', (_name, edit, expected) => {
		const after = copy();
		edit(after);
		expect(diffPlans(sarah, after).map(({ layer, id, change }) => ({ layer, id, change }))).toEqual(expected);
	});

	it('marks the words added and removed in a changed field', () => {
		const after = copy();
		after.outcomes[0]!.text = 'By the age of 16, Sarah will have three good friends.';
		const [change] = diffPlans(sarah, after);
		const text = change!.fields.find((f) => f.field === 'text')!;
		expect(
			text.parts
				.filter((p) => p.change === 'added')
				.map((p) => p.text)
				.join('')
		).toContain('three good');
		expect(
			text.parts
				.filter((p) => p.change === 'removed')
				.map((p) => p.text)
				.join('')
		).toContain('small group of');
		expect(
			text.parts
				.filter((p) => p.change !== 'removed')
				.map((p) => p.text)
				.join('')
		).toBe(after.outcomes[0]!.text);
		expect(
			text.parts
				.filter((p) => p.change !== 'added')
				.map((p) => p.text)
				.join('')
		).toBe(sarah.outcomes[0]!.text);
	});
});

describe('comparison properties', () => {
	const plans = planArbitrary().map((json) => {
		const result = parsePlanDocument(json, { today: ARBITRARY_TODAY });
		if (!result.ok) throw new Error('generated plan did not parse');
		return result.plan;
	});

	it('finds nothing between a plan and itself', () => {
		fc.assert(
			fc.property(plans, (plan) => diffPlans(plan, structuredClone(plan)).length === 0),
			{ numRuns: 200 }
		);
	});

	it('accounts for every item of the later version: unchanged, changed or added', () => {
		fc.assert(
			fc.property(plans, plans, (a, b) => {
				const diff = diffPlans(a, b);
				for (const layer of ['team', 'aspirations', 'needs', 'outcomes', 'provision'] as const) {
					const beforeIds = new Set(a[layer].map((item) => item.id));
					for (const item of b[layer]) {
						const reported = diff.find((d) => d.layer === layer && d.id === item.id);
						if (beforeIds.has(item.id)) {
							const same = JSON.stringify(a[layer].find((x) => x.id === item.id)) === JSON.stringify(item);
							if (!same && reported?.change !== 'changed') return false;
						} else if (reported?.change !== 'added') return false;
					}
					for (const item of a[layer]) {
						if (
							!b[layer].some((x) => x.id === item.id) &&
							!diff.some((d) => d.layer === layer && d.id === item.id && d.change === 'removed')
						)
							return false;
					}
				}
				return true;
			}),
			{ numRuns: 200 }
		);
	});
});
