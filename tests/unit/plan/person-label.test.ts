import { describe, expect, it } from 'vitest';
import { personLabel } from '$lib/plan/person-label';
import { roleName } from '$lib/plan/role-name';

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

	it('names an "Other" role by its description, and only that role', () => {
		expect(personLabel({ name: 'Tom Reilly', role: 'other', roleDescription: 'Travel trainer' })).toBe(
			'Tom Reilly (Travel trainer)'
		);
		expect(personLabel({ name: 'Tom Reilly', role: 'other' })).toBe('Tom Reilly (Other)');
		expect(personLabel({ name: 'Ms Leah Hart', role: 'class-teacher', roleDescription: 'Year 3' })).toBe(
			'Ms Leah Hart (Class teacher)'
		);
	});
});

describe('roleName', () => {
	it.each([
		[{ role: 'other', roleDescription: 'Travel trainer' }, 'Travel trainer'],
		[{ role: 'other' }, 'Other'],
		[{ role: 'speech-and-language-therapist' }, 'Speech and language therapist'],
		[{ role: 'learning-mentor' }, 'learning-mentor']
	])('%o is called %s', (member, name) => {
		expect(roleName(member)).toBe(name);
	});
});
