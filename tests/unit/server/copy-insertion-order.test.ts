import { describe, expect, it } from 'vitest';
import { insertionOrder } from '$lib/server/db/copy-database';

const key = (table: string, references: string) => ({
	table,
	column: `${references}_id`,
	references,
	referencedColumn: 'id'
});

describe('the order a copy fills the tables in', () => {
	it('puts every table after those it references, whatever order they are listed in', () => {
		const keys = [
			key('plan', 'child'),
			key('child', 'organisation'),
			key('plan_item', 'plan'),
			key('audit_event', 'organisation')
		];
		const order = insertionOrder(['plan_item', 'plan', 'audit_event', 'child', 'organisation'], keys);
		expect(order).toHaveLength(5);
		for (const { table, references } of keys) expect(order.indexOf(references)).toBeLessThan(order.indexOf(table));
	});

	it('lets a table reference itself (an item and its parent): the order of its rows sees to that', () => {
		expect(insertionOrder(['plan_item', 'plan'], [key('plan_item', 'plan_item'), key('plan_item', 'plan')])).toEqual([
			'plan',
			'plan_item'
		]);
	});

	it('names the tables when they reference each other in a circle, rather than copy half', () => {
		expect(() => insertionOrder(['a', 'b', 'c'], [key('a', 'b'), key('b', 'a')])).toThrow(
			'These tables reference each other in a circle: a, b.'
		);
	});
});
