import { describe, expect, it } from 'vitest';
import { PDF_MOST_CHARACTERS, pdfLengthProblem, planTextLength } from '../../../src/lib/pdf/length-limit';
import type { PlanDocument } from '../../../src/lib/plan/document';
import { fixturePlan } from './fixtures';

/** Sarah's plan with one more aspiration of `characters` characters. */
function withAspirationOf(characters: number): PlanDocument {
	const sarah = fixturePlan('sarah');
	return {
		...sarah,
		aspirations: [...sarah.aspirations, { id: 'long', text: 'x'.repeat(characters), voice: 'child' }]
	};
}

describe('how long a plan may be to be made into a PDF', () => {
	it('counts every character of text at any depth: names, lists, steps and ids', () => {
		const sarah = fixturePlan('sarah');
		const counted = planTextLength(sarah);
		expect(counted).toBeGreaterThan(2_000);
		// An outcome's step, two levels down, counts.
		const longerStep = {
			...sarah,
			outcomes: sarah.outcomes.map((outcome, index) =>
				index === 0
					? { ...outcome, steps: [{ ...outcome.steps[0]!, text: `${outcome.steps[0]!.text}12345` }] }
					: outcome
			)
		};
		expect(planTextLength(longerStep)).toBe(counted + 5);
		expect(planTextLength(withAspirationOf(100))).toBe(counted + 100 + 'long'.length + 'child'.length);
	});

	it('makes a PDF of a plan up to the limit, and refuses one past it, saying why and what to do instead', () => {
		const sarah = fixturePlan('sarah');
		const room = PDF_MOST_CHARACTERS - planTextLength(withAspirationOf(0));
		expect(pdfLengthProblem(sarah)).toBeUndefined();
		expect(pdfLengthProblem(withAspirationOf(room))).toBeUndefined();
		const problem = pdfLengthProblem(withAspirationOf(room + 1));
		expect(problem).toBe(
			'This plan is too long to make into a PDF: it holds 2,000,001 characters of text, and a PDF can be made of up to 2,000,000 (some 4,000 pages). Shorten the plan, or download it as a file for another school or service instead.'
		);
	});
});
