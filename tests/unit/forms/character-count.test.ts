import { describe, expect, it } from 'vitest';
import { characterLimitHint, charactersLeft, sentLength } from '$lib/forms/character-count';

describe('the character count', () => {
	it('says the limit before any script runs', () => {
		expect(characterLimitHint(2000)).toBe('You can enter up to 2,000 characters');
	});

	it.each([
		[0, 'You have 2,000 characters remaining'],
		[1880, 'You have 120 characters remaining'],
		[1999, 'You have 1 character remaining'],
		[2000, 'You have 0 characters remaining'],
		[2001, 'You have 1 character too many'],
		[3250, 'You have 1,250 characters too many']
	])('with %i characters typed: %s', (length, message) => {
		expect(charactersLeft(2000, length)).toBe(message);
	});

	it('counts a line break as the two characters the browser sends', () => {
		expect(sentLength('one\ntwo')).toBe(8);
		expect(sentLength('one\r\ntwo')).toBe(8);
		expect(sentLength('')).toBe(0);
	});
});
