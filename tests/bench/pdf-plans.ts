/** The plans the PDF bench renders. Imports are relative so that tsx can load this file. */
import { readFileSync } from 'node:fs';
import { parsePlanDocument, type PlanDocument } from '../../src/lib/plan/document';
import { largestPlan } from '../fixtures/largest-plan';

export const BENCH_TODAY = '2026-11-22';
export const BENCH_OPTIONS = { today: BENCH_TODAY, author: 'Riverside Academy' };

function parse(json: unknown): PlanDocument {
	const result = parsePlanDocument(json, { today: BENCH_TODAY });
	if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
	return result.plan;
}

/** The example plans in tests/fixtures. */
export type ExamplePlanName = 'sarah' | 'amara' | 'kacper' | 'tariq';

/** One of the example plans, parsed. */
export function examplePlan(name: ExamplePlanName): PlanDocument {
	return parse(JSON.parse(readFileSync(new URL(`../fixtures/${name}.plan.json`, import.meta.url), 'utf8')));
}

/** Sarah's plan, the main example. */
export function sarahPlan(): PlanDocument {
	return examplePlan('sarah');
}

/**
 * The 200-item plan of issue #5: 200 entries in all. 20 each of the team, the three profile lists
 * (like and admire, important, support), aspirations, needs, outcomes and provision (160), and two
 * steps for each outcome (40); 3 links a list, texts of 200 characters. About 80 pages.
 */
export const TWO_HUNDRED_ITEMS = { items: 20, stepsPerOutcome: 2, linksPerItem: 3, textLength: 200 } as const;

export function twoHundredItemPlan(): PlanDocument {
	return parse(largestPlan(TWO_HUNDRED_ITEMS));
}

/**
 * A stress plan, ten times the 200-item plan: 200 in every list (the format's limit for each), so
 * 200 team members, aspirations, needs, outcomes and provision and 200 of each profile list, each
 * outcome with 2 steps and 3 links a list, texts of 200 characters: about 2,000 entries and 800
 * pages. (The format's own largest plan, 200 steps per outcome and 2,000 characters a text, is some
 * 30,000 pages: the app refuses it a PDF, see src/lib/pdf/length-limit.ts.)
 */
export const TWO_HUNDRED_OF_EVERY_LIST = { items: 200, stepsPerOutcome: 2, linksPerItem: 3, textLength: 200 } as const;

export function twoHundredOfEveryListPlan(): PlanDocument {
	return parse(largestPlan(TWO_HUNDRED_OF_EVERY_LIST));
}
