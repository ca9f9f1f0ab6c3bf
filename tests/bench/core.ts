/**
 * Bench of the pure core: how long `checkThread` and `parsePlanDocument` take, as a ratio against
 * `JSON.parse` of the same text, on Sarah's plan and on the largest plan the format allows; and
 * whether their time grows in line with the plan (4 times the items should take about 4 times as
 * long, not 16).
 *
 * Every figure is the median of several batches, each timed after a warm-up; the operations being
 * compared are interleaved in each batch, so a slow moment of the machine hits them alike.
 * Imports use relative paths: tsx does not know the `$lib` alias.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parsePlanDocument, type PlanDocument } from '../../src/lib/plan/document';
import { checkThread } from '../../src/lib/thread/checker/check';
import { largestPlan } from '../fixtures/largest-plan';
import type { BenchRow, BenchSuite } from './row';

const today = '2026-11-22';

/**
 * A full garbage collection, so that each timed batch starts from the same heap and pays only for
 * its own garbage (otherwise whichever operation happens to trigger a collection of the large
 * plans' leftovers looks slower: JSON.parse, mostly). The flag can be set at run time in Node.
 */
const collectGarbage: () => void = (() => {
	try {
		setFlagsFromString('--expose-gc');
		const gc: unknown = runInNewContext('gc');
		if (typeof gc === 'function') return () => gc();
	} catch {
		// Without it, figures are noisier but still medians.
	}
	return () => {};
})();

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Time of one call of each operation, in milliseconds: the median over batches of the mean in a batch. */
function compare(
	operations: Record<string, () => unknown>,
	{ batches, iterations, collect = true }: { batches: number; iterations: number; collect?: boolean }
): Record<string, number> {
	const names = Object.keys(operations);
	const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
	let sink: unknown;
	// Warm up: let the engine compile the hot paths before anything counts.
	for (const name of names) for (let index = 0; index < Math.max(2, iterations); index++) sink = operations[name]!();
	for (let batch = 0; batch < batches; batch++) {
		for (const name of names) {
			const operation = operations[name]!;
			sink = undefined;
			if (collect) collectGarbage();
			const start = performance.now();
			for (let index = 0; index < iterations; index++) sink = operation();
			times[name]!.push((performance.now() - start) / iterations);
		}
	}
	if (sink === Symbol.for('never')) console.log(sink);
	return Object.fromEntries(names.map((name) => [name, median(times[name]!)]));
}

function parsed(json: unknown): PlanDocument {
	const result = parsePlanDocument(json, { today });
	if (!result.ok) throw new Error(`bench plan is not valid: ${result.problems[0]?.message}`);
	return result.plan;
}

function duration(ms: number): string {
	return ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(1)} µs`;
}

/** Rows comparing checkThread and parsePlanDocument with JSON.parse on one plan's text. */
function ratioRows(
	label: string,
	text: string,
	runs: { batches: number; iterations: number },
	checkTarget?: number
): BenchRow[] {
	const json: unknown = JSON.parse(text);
	const plan = parsed(json);
	const time = compare(
		{
			jsonParse: () => JSON.parse(text),
			parse: () => parsePlanDocument(json, { today }),
			check: () => checkThread(plan, { today })
		},
		runs
	);
	const row = (name: string, ms: number, target?: number): BenchRow => {
		const ratio = ms / time.jsonParse!;
		return {
			name: `${name}, ${label}`,
			measured: `${ratio.toFixed(2)}× JSON.parse (${duration(ms)} vs ${duration(time.jsonParse!)})`,
			...(target === undefined ? {} : { target: `≤ ${target}× JSON.parse`, met: ratio <= target })
		};
	};
	return [row('checkThread', time.check!, checkTarget), row('parsePlanDocument', time.parse!)];
}

/** How much longer a plan with 200 items per list takes than one with 50, links and steps per item fixed. */
function linearityRows(runs: { batches: number; iterations: number }): BenchRow[] {
	// These plans are small: a full collection before each batch would cost more than it saves.
	const make = (items: number) => {
		const json = JSON.parse(JSON.stringify(largestPlan({ items, stepsPerOutcome: 5, linksPerItem: 5 })));
		return { json, plan: parsed(json) };
	};
	const small = make(50);
	const large = make(200);
	const time = compare(
		{
			checkSmall: () => checkThread(small.plan, { today }),
			checkLarge: () => checkThread(large.plan, { today }),
			parseSmall: () => parsePlanDocument(small.json, { today }),
			parseLarge: () => parsePlanDocument(large.json, { today })
		},
		{ ...runs, collect: false }
	);
	const row = (name: string, smallMs: number, largeMs: number): BenchRow => {
		const ratio = largeMs / smallMs;
		return {
			name: `${name}, 200 vs 50 items per list (linearity)`,
			measured: `${ratio.toFixed(2)}× (${duration(largeMs)} vs ${duration(smallMs)})`,
			target: '≈ 4× (≤ 6×; quadratic would be 16×)',
			met: ratio <= 6
		};
	};
	return [
		row('checkThread', time.checkSmall!, time.checkLarge!),
		row('parsePlanDocument', time.parseSmall!, time.parseLarge!)
	];
}

const suite: BenchSuite = {
	title: 'Plan core: thread checker and plan document',
	async run({ long }) {
		const sarahText = readFileSync(new URL('../fixtures/sarah.plan.json', import.meta.url), 'utf8');
		const largestText = JSON.stringify(largestPlan());
		return [
			...ratioRows("Sarah's plan", sarahText, { batches: long ? 15 : 7, iterations: long ? 2000 : 500 }),
			...ratioRows(
				`largest plan (${(largestText.length / 1e6).toFixed(0)} MB)`,
				largestText,
				{ batches: long ? 9 : 5, iterations: long ? 3 : 1 },
				2
			),
			...linearityRows({ batches: long ? 15 : 7, iterations: long ? 60 : 20 })
		];
	}
};

export default suite;
