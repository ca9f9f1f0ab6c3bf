import { readFileSync } from 'node:fs';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { checkThread } from '$lib/thread/checker/check';

export const TODAY = '2026-11-22';

/** One of the example plans, parsed, with its findings as of TODAY. */
export function example(name: 'sarah' | 'kacper' | 'amara' | 'tariq'): {
	plan: PlanDocument;
	findings: ReturnType<typeof checkThread>;
} {
	const result = parsePlanDocument(JSON.parse(readFileSync(`tests/fixtures/${name}.plan.json`, 'utf8')), {
		today: TODAY
	});
	if (!result.ok) throw new Error(`${name} does not parse`);
	return { plan: result.plan, findings: checkThread(result.plan, { today: TODAY }) };
}

export function withFindings(plan: PlanDocument) {
	return { plan, findings: checkThread(plan, { today: TODAY }) };
}
