import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '$lib/plan/document';
import { countCrossings, orderColumns, type OrderLink } from '$lib/thread-view';
import { planArbitrary } from '../../fixtures/plan-arbitrary';
import { example } from './fixtures';

/** A plan's columns (each id once) and its links between items that exist. */
function columnsAndLinks(plan: PlanDocument) {
	const unique = (items: ReadonlyArray<{ id: string }>) => [...new Set(items.map((item) => item.id))];
	const columns = {
		aspiration: unique(plan.aspirations),
		need: unique(plan.needs),
		outcome: unique(plan.outcomes),
		provision: unique(plan.provision)
	};
	const has = {
		aspiration: new Set(columns.aspiration),
		need: new Set(columns.need),
		outcome: new Set(columns.outcome)
	};
	const links = new Map<string, OrderLink>();
	const add = (kind: OrderLink['kind'], right: string, left: string, exists: Set<string>) => {
		if (exists.has(left)) links.set(`${kind}:${right}>${left}`, { kind, left, right });
	};
	for (const need of plan.needs)
		for (const id of need.aspirationIds) add('need-aspiration', need.id, id, has.aspiration);
	for (const outcome of plan.outcomes) {
		for (const id of outcome.aspirationIds) add('outcome-aspiration', outcome.id, id, has.aspiration);
		for (const id of outcome.needIds) add('outcome-need', outcome.id, id, has.need);
	}
	for (const provision of plan.provision)
		for (const id of provision.outcomeIds) add('provision-outcome', provision.id, id, has.outcome);
	return { columns, links: [...links.values()] };
}

describe('orderColumns', () => {
	it('untangles crossed lines: each need goes level with its aspiration, each outcome with its need', () => {
		const columns = { aspiration: ['a1', 'a2'], need: ['n2', 'n1'], outcome: ['o2', 'o1'], provision: ['p1', 'p2'] };
		const links: OrderLink[] = [
			{ kind: 'need-aspiration', left: 'a1', right: 'n1' },
			{ kind: 'need-aspiration', left: 'a2', right: 'n2' },
			{ kind: 'outcome-need', left: 'n1', right: 'o1' },
			{ kind: 'outcome-need', left: 'n2', right: 'o2' },
			{ kind: 'provision-outcome', left: 'o1', right: 'p1' },
			{ kind: 'provision-outcome', left: 'o2', right: 'p2' }
		];
		expect(countCrossings(columns, links)).toBe(2);
		const orders = orderColumns(columns, links);
		expect(orders).toEqual({
			aspiration: ['a1', 'a2'],
			need: ['n1', 'n2'],
			outcome: ['o1', 'o2'],
			provision: ['p1', 'p2']
		});
		expect(countCrossings(orders, links)).toBe(0);
	});

	it('leaves an item with no links where it was, and an already untangled thread as it is', () => {
		const columns = { aspiration: ['a1'], need: ['n1', 'n2', 'n3'], outcome: ['o1'], provision: [] };
		const links: OrderLink[] = [{ kind: 'outcome-need', left: 'n3', right: 'o1' }];
		expect(orderColumns(columns, links)).toEqual(columns);
	});

	it('counts crossings of the example plans down from the plan’s order (lines of one kind)', () => {
		const counts = Object.fromEntries(
			(['sarah', 'amara', 'kacper', 'tariq'] as const).map((name) => {
				const { columns, links } = columnsAndLinks(example(name).plan);
				return [name, [countCrossings(columns, links), countCrossings(orderColumns(columns, links), links)]];
			})
		);
		for (const [name, [before, after]] of Object.entries(counts)) expect(after, name).toBeLessThanOrEqual(before!);
		expect(Object.values(counts).some(([before, after]) => after! < before!)).toBe(true);
	});

	it('for any plan: each column keeps its ids, aspirations keep the plan’s order, and no more lines cross', () => {
		fc.assert(
			fc.property(planArbitrary({ maxItems: 8, brokenLinks: true }), (plan) => {
				const { columns, links } = columnsAndLinks(plan);
				const orders = orderColumns(columns, links);
				expect(orders.aspiration).toEqual(columns.aspiration);
				for (const layer of ['need', 'outcome', 'provision'] as const)
					expect([...orders[layer]].sort()).toEqual([...columns[layer]].sort());
				expect(countCrossings(orders, links)).toBeLessThanOrEqual(countCrossings(columns, links));
			}),
			{ numRuns: 200 }
		);
	});
});
