import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '$lib/plan/diff';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { comparableDocument, parseSnapshot, tookPartOf } from '$lib/server/db/plan-versions';

const sarah: PlanDocument = (() => {
	const result = parsePlanDocument(JSON.parse(readFileSync('tests/fixtures/sarah.plan.json', 'utf8')), {
		today: '2026-11-22'
	});
	if (!result.ok) throw new Error('sarah');
	return result.plan;
})();

/** Sarah's plan as a later version would hold it: every item under a new id, its lineage the old one. */
function renamed(document: PlanDocument): { document: PlanDocument; lineage: Record<string, string> } {
	const lineage: Record<string, string> = {};
	const to = (id: string) => {
		lineage[`new-${id}`] = id;
		return `new-${id}`;
	};
	return {
		lineage,
		document: {
			...document,
			team: document.team.map((m) => ({ ...m, id: to(m.id) })),
			aspirations: document.aspirations.map((a) => ({ ...a, id: to(a.id) })),
			needs: document.needs.map((n) => ({
				...n,
				id: to(n.id),
				aspirationIds: n.aspirationIds.map((id) => `new-${id}`)
			})),
			outcomes: document.outcomes.map((o) => ({
				...o,
				id: to(o.id),
				aspirationIds: o.aspirationIds.map((id) => `new-${id}`),
				needIds: o.needIds.map((id) => `new-${id}`)
			})),
			provision: document.provision.map((p) => ({
				...p,
				id: to(p.id),
				outcomeIds: p.outcomeIds.map((id) => `new-${id}`),
				...(p.teamMemberId ? { teamMemberId: `new-${p.teamMemberId}` } : {})
			}))
		}
	};
}

const identity = (document: PlanDocument) =>
	Object.fromEntries(
		[...document.team, ...document.aspirations, ...document.needs, ...document.outcomes, ...document.provision].map(
			(item) => [item.id, item.id]
		)
	);

describe('comparing versions by lineage', () => {
	it('finds nothing changed between a version and its copy under new ids', () => {
		const copy = renamed(sarah);
		expect(
			diffPlans(comparableDocument(sarah, identity(sarah)), comparableDocument(copy.document, copy.lineage))
		).toEqual([]);
	});

	it('shows links as the linked items’ words and dates as people write them, never ids', () => {
		const copy = renamed(sarah);
		copy.document.outcomes = copy.document.outcomes.slice(1);
		copy.document.provision = copy.document.provision.map((p) => ({
			...p,
			outcomeIds: p.outcomeIds.filter((id) => id !== 'new-o1')
		}));
		copy.document.plan = { ...copy.document.plan, reviewDate: '2028-03-04' };
		const changes = diffPlans(
			comparableDocument(sarah, identity(sarah)),
			comparableDocument(copy.document, copy.lineage)
		);
		expect(changes.map((c) => [c.layer, c.id, c.change])).toEqual([
			['plan', 'plan', 'changed'],
			['outcomes', 'o1', 'removed'],
			...sarah.provision.filter((p) => p.outcomeIds.includes('o1')).map((p) => ['provision', p.id, 'changed'])
		]);
		expect(changes[0]!.fields).toEqual([
			expect.objectContaining({ field: 'reviewDate', before: '5 March 2027', after: '4 March 2028' })
		]);
		const provision = changes.find((c) => c.layer === 'provision')!;
		expect(provision.fields[0]!.before).toContain('By the age of 16, Sarah will have a small group of friends');
		expect(JSON.stringify(changes.map((c) => [c.label, c.fields]))).not.toMatch(/\b(new-)?[tanop]\d\b/);
	});
});

describe('reading stored versions', () => {
	it('reads a snapshot, and nothing from a broken one', () => {
		expect(parseSnapshot(JSON.stringify({ document: sarah, findings: [] }))?.document.child.firstName).toBe('Sarah');
		expect(parseSnapshot(null)).toBeUndefined();
		expect(parseSnapshot('{not json')).toBeUndefined();
		expect(parseSnapshot('{"findings": []}')).toBeUndefined();
	});

	it('reads who took part, leaving out what is not a person', () => {
		expect(
			tookPartOf(
				JSON.stringify([{ id: 't1', name: 'Sarah Okafor', role: 'child-young-person' }, 'x', { role: 'senco' }])
			)
		).toEqual([{ id: 't1', name: 'Sarah Okafor', role: 'child-young-person' }]);
		expect(tookPartOf('oops')).toEqual([]);
	});
});
