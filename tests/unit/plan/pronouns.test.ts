import { describe, expect, it } from 'vitest';
import { capitalise, pronounsOf, subjectVerb } from '$lib/plan/pronouns';

const sarah = { firstName: 'Sarah', knownAs: 'Saz' };

describe('pronounsOf', () => {
	it.each([
		['she/her', 'she', 'her', 'her', 'she is', 'she wants'],
		['She / Her', 'she', 'her', 'her', 'she is', 'she wants'],
		['he/him', 'he', 'him', 'his', 'he is', 'he wants'],
		['HE / HIM / HIS', 'he', 'him', 'his', 'he is', 'he wants'],
		['they/them', 'they', 'them', 'their', 'they are', 'they want'],
		['They', 'they', 'them', 'their', 'they are', 'they want'],
		['she/they', 'she', 'her', 'her', 'she is', 'she wants'],
		['they/he', 'they', 'them', 'their', 'they are', 'they want'],
		['ze/zir', 'Saz', 'Saz', 'Saz’s', 'Saz is', 'Saz wants'],
		['', 'Saz', 'Saz', 'Saz’s', 'Saz is', 'Saz wants'],
		[undefined, 'Saz', 'Saz', 'Saz’s', 'Saz is', 'Saz wants']
	])('reads %j as %s / %s / %s', (recorded, subject, object, possessive, is, wants) => {
		const pronouns = pronounsOf({ ...sarah, ...(recorded === undefined ? {} : { pronouns: recorded }) });
		expect(pronouns).toMatchObject({ name: 'Saz', subject, object, possessive });
		expect(subjectVerb(pronouns, 'is', 'are')).toBe(is);
		expect(subjectVerb(pronouns, 'wants', 'want')).toBe(wants);
	});

	it('calls the child by their first name when they have no other', () => {
		expect(pronounsOf({ firstName: 'Sarah' }).possessive).toBe('Sarah’s');
	});
});

describe('capitalise', () => {
	it('starts a sentence with a capital, leaving the rest', () => {
		expect(capitalise('they are')).toBe('They are');
		expect(capitalise('Sarah is')).toBe('Sarah is');
		expect(capitalise('')).toBe('');
	});
});
