import { describe, expect, it } from 'vitest';
import { glossary, TERMS } from '../../../src/lib/plan/glossary';
import { planPdfContent } from '../../../src/lib/pdf/plan/plan-pdf';
import { fixturePlan, textOf } from './fixtures';

/** How often the term is followed by an explanation in brackets. */
const explained = (text: string, term: string) => text.split(`${term} (`).length - 1;

describe('the words of the trade', () => {
	it("explain the first use of a term in the plan's own words, as a word of its own", () => {
		const words = glossary('Kacper');
		expect(words.within('The SENCos meet.')).toBe('The SENCos meet.');
		expect(words.within('Head of Year 9 with the SENCo')).toBe(
			'Head of Year 9 with the SENCo (special educational needs co-ordinator, who organises this support)'
		);
		expect(words.within('The SENCo rings home.')).toBe('The SENCo rings home.');
		expect(words.term('SENCo')).toBe('SENCo');
	});

	it('are each explained the first time they are asked for, and given bare after that', () => {
		const words = glossary('Sarah');
		expect(words.term('provision')).toBe('provision (the support Sarah gets)');
		expect(words.term('provision')).toBe('provision');
		expect(words.term('SENCo')).toBe('SENCo (special educational needs co-ordinator, who organises this support)');
		expect(words.term('SENCo')).toBe('SENCo');
	});

	it.each(['sarah', 'amara', 'kacper', 'tariq'] as const)(
		"are explained once each in %s's plan, where the plan first uses them",
		(name) => {
			const plan = fixturePlan(name);
			// The plan's own title ("Kacper's SEN support plan") comes first, and the kind of plan,
			// explained, just under it; the aspirations are quoted as they were said.
			const text = plan.aspirations.reduce(
				(rest, aspiration) => rest.replace(aspiration.text, ''),
				textOf(planPdfContent(plan)).replace(plan.plan.title, '')
			);
			const used = TERMS.filter((term) => text.includes(term));
			expect(used).toEqual(expect.arrayContaining(['provision', 'SENCo']));
			expect(used).toContain(plan.plan.kind === 'ehc-plan' ? 'EHC plan' : 'SEN support');
			for (const term of used) {
				expect(explained(text, term), term).toBe(1);
				// The explanation comes with the first use: nothing before it uses the word bare.
				expect(text.indexOf(term), term).toBe(text.indexOf(`${term} (`));
			}
		}
	);
});
