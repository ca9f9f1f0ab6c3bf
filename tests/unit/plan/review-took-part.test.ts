import { describe, expect, it } from 'vitest';
import { tookPartWords } from '../../../src/lib/plan/review-took-part';

const grace = { name: 'Grace Okafor', role: 'parent-carer' };
const price = { name: 'Mr Daniel Price', role: 'senco' };
const sarah = { name: 'Sarah Okafor', role: 'child-young-person' };

describe('who took part in a review, in words', () => {
	it('names the members ticked, then the child and the family where their boxes were ticked', () => {
		expect(tookPartWords({ tookPart: [grace, price], childTookPart: true, familyTookPart: true })).toEqual([
			'Grace Okafor',
			'Mr Daniel Price',
			'the child',
			'the family'
		]);
		expect(tookPartWords({ tookPart: [price], childTookPart: false, familyTookPart: false })).toEqual([
			'Mr Daniel Price'
		]);
		expect(tookPartWords({ tookPart: [], childTookPart: false, familyTookPart: false })).toEqual([]);
	});

	it('does not name the child twice when they are among the members ticked', () => {
		expect(tookPartWords({ tookPart: [sarah, price], childTookPart: true, familyTookPart: false })).toEqual([
			'Sarah Okafor',
			'Mr Daniel Price'
		]);
	});
});
