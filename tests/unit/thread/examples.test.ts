import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '$lib/plan/document';
import { checkThread } from '$lib/thread/checker/check';

const today = '2026-11-22';
const expected: Record<string, string[]> = JSON.parse(
	readFileSync(new URL('../../fixtures/expected-findings.json', import.meta.url), 'utf8')
);

describe('the example plans', () => {
	it('are all listed in expected-findings.json', () => {
		expect(Object.keys(expected).sort()).toEqual([
			'amara.plan.json',
			'kacper.plan.json',
			'sarah.plan.json',
			'tariq.plan.json'
		]);
	});

	it.each(Object.entries(expected))('%s parses and gets exactly the findings expected', (file, findings) => {
		const json = JSON.parse(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'));
		const result = parsePlanDocument(json, { today });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const codes = checkThread(result.plan, { today }).map(
			(finding) => `${finding.rule}:${finding.subject.id ?? finding.subject.kind}`
		);
		expect(codes).toEqual(findings);
	});
});
