import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '$lib/plan/document';
import { layoutThread, sizes, type ThreadBox, type ThreadLayout } from '$lib/thread-view';
import { largestPlan } from '../../fixtures/largest-plan';
import { planArbitrary } from '../../fixtures/plan-arbitrary';
import { example, withFindings } from './fixtures';

function overlaps(a: ThreadBox, b: ThreadBox): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every pair of boxes in a column, sorted by height: neighbours are enough to find any overlap. */
function expectNoOverlap(layout: ThreadLayout): void {
	for (const layer of ['aspiration', 'need', 'outcome', 'provision'] as const) {
		const column = layout.boxes.filter((box) => box.layer === layer).sort((a, b) => a.y - b.y);
		for (let i = 1; i < column.length; i += 1)
			expect(overlaps(column[i - 1]!, column[i]!), `${layer} ${i}`).toBe(false);
	}
	// Columns never share a strip of the drawing.
	const xs = new Set(layout.columns.map((c) => c.x));
	expect(xs.size).toBe(4);
	for (const box of layout.boxes) {
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
		expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
	}
}

const examples = ['sarah', 'amara', 'kacper', 'tariq'] as const;

/**
 * The places where two drawn lines cross. Between two neighbouring columns every line is an S-curve
 * with the same horizontal run, so two of them cross (once) exactly when their ends are in opposite
 * orders on the two sides; an outcome → aspiration line is two such curves, meeting at its lane.
 */
function drawnCrossings(layout: ThreadLayout): number {
	const strips: Array<{ strip: number; left: number; right: number }> = [];
	for (const line of layout.lines) {
		if (line.kind === 'outcome-aspiration') {
			const lane = line.laneY ?? (line.start.y + line.end.y) / 2;
			strips.push({ strip: 0, left: line.start.y, right: lane }, { strip: 1, left: lane, right: line.end.y });
		} else {
			const strip = { 'need-aspiration': 0, 'outcome-need': 1, 'provision-outcome': 2 }[line.kind];
			strips.push({ strip, left: line.start.y, right: line.end.y });
		}
	}
	let crossings = 0;
	for (let i = 0; i < strips.length; i += 1)
		for (let j = i + 1; j < strips.length; j += 1) {
			const [a, b] = [strips[i]!, strips[j]!];
			if (a.strip === b.strip && (a.left - b.left) * (a.right - b.right) < 0) crossings += 1;
		}
	return crossings;
}

/** The links a plan holds to items that exist, as `kind:from>to`, each once. */
function linksOf(plan: PlanDocument): string[] {
	const ids = {
		aspiration: new Set(plan.aspirations.map((a) => a.id)),
		need: new Set(plan.needs.map((n) => n.id)),
		outcome: new Set(plan.outcomes.map((o) => o.id))
	};
	const links = new Set<string>();
	for (const need of plan.needs)
		for (const id of need.aspirationIds) if (ids.aspiration.has(id)) links.add(`need-aspiration:${need.id}>${id}`);
	for (const outcome of plan.outcomes) {
		for (const id of outcome.aspirationIds)
			if (ids.aspiration.has(id)) links.add(`outcome-aspiration:${outcome.id}>${id}`);
		for (const id of outcome.needIds) if (ids.need.has(id)) links.add(`outcome-need:${outcome.id}>${id}`);
	}
	for (const provision of plan.provision)
		for (const id of provision.outcomeIds)
			if (ids.outcome.has(id)) links.add(`provision-outcome:${provision.id}>${id}`);
	return [...links].sort();
}

function linesOf(layout: ThreadLayout): string[] {
	return layout.lines.map((line) => `${line.kind}:${line.from}>${line.to}`).sort();
}

describe('layoutThread', () => {
	it("draws Sarah's plan as 3 + 2 + 2 + 3 boxes with a line for each of its 12 links and no loose ends", () => {
		const { plan, findings } = example('sarah');
		const layout = layoutThread(plan, findings);
		const count = (layer: string) => layout.boxes.filter((box) => box.layer === layer).length;
		expect([count('aspiration'), count('need'), count('outcome'), count('provision')]).toEqual([3, 2, 2, 3]);
		expect(layout.lines).toHaveLength(12);
		expect(linesOf(layout)).toEqual(linksOf(plan));
		expect(layout.boxes.filter((box) => box.looseEnd.length > 0)).toEqual([]);
		expectNoOverlap(layout);
	});

	it('puts the layers in four columns, left to right, each box in its own column', () => {
		const { plan, findings } = example('kacper');
		const layout = layoutThread(plan, findings);
		expect(layout.columns.map((c) => c.layer)).toEqual(['aspiration', 'need', 'outcome', 'provision']);
		const xs = layout.columns.map((c) => c.x);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		for (const box of layout.boxes) expect(box.x).toBe(layout.columns.find((c) => c.layer === box.layer)!.x);
	});

	it('starts every line on the right edge of the box on the left and ends it on the left edge of the box on the right', () => {
		const { plan, findings } = example('kacper');
		const layout = layoutThread(plan, findings);
		const box = new Map(layout.boxes.map((b) => [b.id, b]));
		for (const line of layout.lines) {
			const left = box.get(line.to)!;
			const right = box.get(line.from)!;
			expect(line.start.x).toBe(left.x + left.width);
			expect(line.end.x).toBe(right.x);
			expect(line.start.y).toBeGreaterThanOrEqual(left.y);
			expect(line.start.y).toBeLessThanOrEqual(left.y + left.height);
			expect(line.end.y).toBeGreaterThanOrEqual(right.y);
			expect(line.end.y).toBeLessThanOrEqual(right.y + right.height);
			expect(line.d.startsWith(`M${Math.round(line.start.x * 10) / 10} `)).toBe(true);
		}
	});

	it('takes outcome → aspiration lines across the needs column between boxes, never under one', () => {
		const { plan, findings } = example('kacper');
		const layout = layoutThread(plan, findings);
		const needs = layout.boxes.filter((box) => box.layer === 'need');
		const crossing = layout.lines.filter((line) => line.kind === 'outcome-aspiration');
		expect(crossing.length).toBeGreaterThan(0);
		for (const line of crossing) {
			expect(line.laneY).toBeDefined();
			for (const need of needs) expect(line.laneY! < need.y || line.laneY! > need.y + need.height).toBe(true);
		}
		for (const line of layout.lines.filter((l) => l.kind !== 'outcome-aspiration')) expect(line.laneY).toBeUndefined();
	});

	it('flags loose ends with their reasons: an aspiration without outcome, a need without outcome, an outcome without provision, a provision without outcome', () => {
		const sarah = example('sarah').plan;
		const plan: PlanDocument = {
			...sarah,
			aspirations: [...sarah.aspirations, { id: 'a4', text: 'I want to ride a horse.', voice: 'child' }],
			needs: [...sarah.needs, { id: 'n3', text: 'Sarah tires quickly.', area: 'health', aspirationIds: [] }],
			outcomes: [
				...sarah.outcomes,
				{
					id: 'o3',
					text: 'By July 2027, Sarah will swim 25 metres.',
					aspirationIds: [],
					needIds: [],
					targetDate: '2027-07-16',
					successCriteria: 'Swims it.',
					steps: []
				}
			],
			provision: [
				...sarah.provision,
				{
					id: 'p4',
					text: 'Swimming lesson, 1 a week.',
					outcomeIds: [],
					deliveredBy: 'Coach',
					sessions: 1,
					per: 'week',
					minutes: 30
				}
			]
		};
		const { findings } = withFindings(plan);
		const layout = layoutThread(plan, findings);
		const loose = Object.fromEntries(
			layout.boxes.filter((box) => box.looseEnd.length > 0).map((box) => [box.id, box.looseEnd])
		);
		expect(loose).toEqual({
			a4: ['No outcome works towards this aspiration yet.'],
			n3: ['No outcome addresses this need yet.'],
			o3: ['This outcome works towards no aspiration.', 'No provision supports this outcome yet.'],
			p4: ['This provision serves no outcome.']
		});
	});

	it('shows every word of every box, wrapped, each box as tall as its lines, no box over another', () => {
		for (const name of examples) {
			const { plan, findings } = example(name);
			const layout = layoutThread(plan, findings);
			for (const box of layout.boxes) {
				const shown = box.layer === 'aspiration' ? `“${box.text}”` : box.text;
				expect(box.lines.join(''), `${name} ${box.id}`).toBe(shown.replace(/\s+/g, ' ').trim());
				for (const line of box.lines) expect(line.trimEnd().length).toBeLessThanOrEqual(sizes.charactersPerLine);
				const lastBaseline = box.y + sizes.textBaseline + (box.lines.length - 1) * sizes.lineHeight;
				expect(lastBaseline + sizes.bottomPadding).toBe(box.y + box.height);
			}
			expectNoOverlap(layout);
		}
		// Sarah's first outcome is long; her first aspiration is short: their boxes differ in height.
		const sarah = example('sarah');
		const boxes = layoutThread(sarah.plan, sarah.findings).boxes;
		const outcome = boxes.find((b) => b.id === sarah.plan.outcomes[0]!.id)!;
		const aspiration = boxes.find((b) => b.id === sarah.plan.aspirations[0]!.id)!;
		expect(outcome.lines.length).toBeGreaterThan(3);
		expect(outcome.lines.join('')).not.toContain('…');
		expect(outcome.height).toBeGreaterThan(aspiration.height);
	});

	it('orders the columns so that fewer lines cross than in the plan’s order, in each example plan', () => {
		const counts = Object.fromEntries(
			examples.map((name) => {
				const { plan, findings } = example(name);
				return [
					name,
					{
						planOrder: drawnCrossings(layoutThread(plan, findings, { planOrder: true })),
						ordered: drawnCrossings(layoutThread(plan, findings))
					}
				];
			})
		);
		expect(counts).toEqual({
			sarah: { planOrder: 3, ordered: 1 },
			amara: { planOrder: 29, ordered: 6 },
			kacper: { planOrder: 45, ordered: 12 },
			tariq: { planOrder: 36, ordered: 12 }
		});
	});

	it('keeps the aspirations in the plan’s order and labels every box by its place in the plan', () => {
		const { plan, findings } = example('tariq');
		const layout = layoutThread(plan, findings);
		const top = (layer: string) =>
			layout.boxes
				.filter((box) => box.layer === layer)
				.sort((a, b) => a.y - b.y)
				.map((box) => box.id);
		expect(top('aspiration')).toEqual(plan.aspirations.map((a) => a.id));
		expect(top('outcome')).not.toEqual(plan.outcomes.map((o) => o.id));
		for (const box of layout.boxes.filter((b) => b.layer === 'outcome'))
			expect(plan.outcomes[box.index]!.id).toBe(box.id);
	});

	it('draws nothing for links to ids that are not in the plan', () => {
		const sarah = example('sarah').plan;
		const plan: PlanDocument = { ...sarah, provision: [{ ...sarah.provision[0]!, outcomeIds: ['o1', 'nowhere'] }] };
		const layout = layoutThread(plan, withFindings(plan).findings);
		expect(layout.lines.filter((line) => line.kind === 'provision-outcome').map((line) => line.to)).toEqual(['o1']);
	});

	it('lays out an empty thread without failing', () => {
		const sarah = example('sarah').plan;
		const plan: PlanDocument = { ...sarah, aspirations: [], needs: [], outcomes: [], provision: [] };
		const layout = layoutThread(plan, withFindings(plan).findings);
		expect(layout.boxes).toEqual([]);
		expect(layout.lines).toEqual([]);
		expect(layout.height).toBeGreaterThan(0);
	});

	it('for any valid plan: boxes never overlap, every link has exactly one line, and lanes miss every need', () => {
		fc.assert(
			fc.property(planArbitrary({ maxItems: 8, brokenLinks: true }), (plan) => {
				const { findings } = withFindings(plan);
				const layout = layoutThread(plan, findings);
				expectNoOverlap(layout);
				expect(linesOf(layout)).toEqual(linksOf(plan));
				const needs = layout.boxes.filter((box) => box.layer === 'need');
				for (const line of layout.lines)
					if (line.laneY !== undefined)
						for (const need of needs) expect(line.laneY < need.y || line.laneY > need.y + need.height).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});

	it('takes time in proportion to the size of the plan', () => {
		const plan = (items: number) =>
			largestPlan({ items, stepsPerOutcome: 0, linksPerItem: 4, textLength: 120 }) as PlanDocument;
		const small = plan(1_500);
		const large = plan(6_000);
		const time = (document: PlanDocument) => {
			const start = performance.now();
			layoutThread(document, []);
			return performance.now() - start;
		};
		time(plan(200)); // warm up
		// Interleaved, so both sizes meet the same load on the machine; the fastest run of each is the least disturbed.
		let fastestSmall = Infinity;
		let fastestLarge = Infinity;
		for (let round = 0; round < 5; round += 1) {
			fastestSmall = Math.min(fastestSmall, time(small));
			fastestLarge = Math.min(fastestLarge, time(large));
		}
		// 4 times the items and links: linear is about 4 times slower; quadratic would be about 16.
		expect(fastestLarge / fastestSmall).toBeLessThan(10);
	}, 120_000);
});
