import { describe, expect, it } from 'vitest';
import { linkedNumbers, referencesOf } from '../../../src/lib/pdf/references';
import { linkLines, needLines } from '../../../src/lib/pdf/links';
import { fixturePlan } from './fixtures';

describe('the order and numbers of items in the PDF', () => {
	it("puts the child's own aspirations first, keeping the plan's order otherwise", () => {
		const plan = fixturePlan('sarah');
		const reordered = { ...plan, aspirations: [plan.aspirations[2]!, plan.aspirations[0]!, plan.aspirations[1]!] };
		const refs = referencesOf(reordered);
		expect(refs.aspirations.map(({ item, number }) => `${number}:${item.id}`)).toEqual(['1:a1', '2:a2', '3:a3']);
	});

	it('groups needs by area of need in the Code of Practice order', () => {
		const plan = fixturePlan('sarah');
		const needs = [
			{ ...plan.needs[1]!, id: 'x1', area: 'health' as const },
			{ ...plan.needs[0]!, id: 'x2' },
			{ ...plan.needs[1]!, id: 'x3', area: 'communication-and-interaction' as const }
		];
		const refs = referencesOf({ ...plan, needs });
		expect(refs.needs.map(({ item }) => item.id)).toEqual(['x2', 'x3', 'x1']);
		expect(refs.needNumber.get('x1')).toBe(3);
	});

	it('leaves out links to ids that are not in the plan', () => {
		const refs = referencesOf(fixturePlan('sarah'));
		expect(linkedNumbers(['a3', 'missing', 'a1', 'a1'], refs.aspirationNumber)).toEqual([1, 3]);
	});

	it('names a few links with their words, and many by number only', () => {
		const refs = referencesOf(fixturePlan('sarah'));
		expect(linkLines('Aspiration', 'Aspirations', [1], refs.aspirations, true)).toEqual([
			'Aspiration 1: “I want to have friends.”'
		]);
		const many = Array.from({ length: 12 }, (_, index) => index + 1);
		expect(linkLines('Aspiration', 'Aspirations', many, refs.aspirations)).toEqual(['Aspirations 1 to 12']);
	});

	it('quotes a linked item in full, or names it by its number alone when it is too long: never cut short', () => {
		const plan = fixturePlan('sarah');
		const long = 'Sarah finds it hard to follow what is said in class. '.repeat(10).trim();
		const refs = referencesOf({ ...plan, needs: [{ ...plan.needs[0]!, text: long }, plan.needs[1]!] });
		expect(linkLines('Need', 'Needs', [1, 2], refs.needs)).toEqual(['Need 1', `Need 2: ${plan.needs[1]!.text}`]);
		expect(needLines([1, 2], refs.needs)).toEqual([
			'Need 1: Communication and interaction',
			'Need 2: Social, emotional and mental health'
		]);
		expect(needLines([1, 2, 3, 4], refs.needs)).toEqual(['Needs 1 to 4']);
	});
});
