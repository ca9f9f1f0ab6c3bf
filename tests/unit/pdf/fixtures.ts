/** Example plans for the PDF's tests, parsed as the app parses them, and a reader of pdfmake content. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Content } from 'pdfmake/interfaces';
import { expect } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '../../../src/lib/plan/document';

/** The `today` every PDF test uses. */
export const TODAY = '2026-11-22';

/** An example plan from tests/fixtures, parsed. */
export function fixturePlan(name: 'sarah' | 'amara' | 'kacper' | 'tariq'): PlanDocument {
	const path = fileURLToPath(new URL(`../../fixtures/${name}.plan.json`, import.meta.url));
	const result = parsePlanDocument(JSON.parse(readFileSync(path, 'utf8')), { today: TODAY });
	if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
	return result.plan;
}

/** Parses a plan given as interchange JSON (as the fixtures' factories return it). */
export function parsed(json: unknown): PlanDocument {
	const result = parsePlanDocument(JSON.parse(JSON.stringify(json)), { today: TODAY });
	if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
	return result.plan;
}

/** Every piece of text in pdfmake content, in reading order. */
export function textsOf(content: unknown): string[] {
	const texts: string[] = [];
	const walk = (node: unknown): void => {
		if (node === null || node === undefined) return;
		if (typeof node === 'string' || typeof node === 'number') {
			texts.push(String(node));
			return;
		}
		if (Array.isArray(node)) {
			for (const item of node) walk(item);
			return;
		}
		if (typeof node !== 'object') return;
		const object = node as Record<string, unknown>;
		for (const key of ['text', 'stack', 'columns', 'ul', 'ol']) if (key in object) walk(object[key]);
		if ('table' in object) walk((object.table as { body: unknown }).body);
	};
	walk(content);
	return texts;
}

/** The text of pdfmake content as one string, with spaces between pieces. */
export function textOf(content: Content | Content[]): string {
	return textsOf(content).join(' ').replace(/\s+/g, ' ');
}

/** Every node of pdfmake content, depth first. */
export function nodesOf(content: unknown): Array<Record<string, unknown>> {
	const nodes: Array<Record<string, unknown>> = [];
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) {
			for (const item of node) walk(item);
			return;
		}
		if (typeof node !== 'object' || node === null) return;
		const object = node as Record<string, unknown>;
		nodes.push(object);
		for (const key of ['text', 'stack', 'columns', 'ul', 'ol']) if (key in object) walk(object[key]);
		if ('table' in object) walk((object.table as { body: unknown }).body);
	};
	walk(content);
	return nodes;
}

/** Each needle is in the text, each after the one before it. */
export function expectInOrder(text: string, needles: readonly string[]): void {
	let from = 0;
	for (const needle of needles) {
		const at = text.indexOf(needle, from);
		expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
		from = at + needle.length;
	}
}
