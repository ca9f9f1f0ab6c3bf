import { describe, expect, it } from 'vitest';
import { personLabel } from '$lib/plan/person-label';

describe('personLabel', () => {
	it('names the person, then their role in words in brackets', () => {
		expect(personLabel({ name: 'Grace Okafor', role: 'parent-carer' })).toBe('Grace Okafor (Parent or carer)');
	});

	it('keeps the brackets of a role whose label has its own', () => {
		expect(personLabel({ name: 'Mr Daniel Price', role: 'senco' })).toBe(
			'Mr Daniel Price (SENCo (special educational needs co-ordinator))'
		);
	});

	it('shows a role the vocabulary does not know as it was stored', () => {
		expect(personLabel({ name: 'Ann Lee', role: 'learning-mentor' })).toBe('Ann Lee (learning-mentor)');
	});
});
