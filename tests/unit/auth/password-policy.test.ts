import { describe, expect, it } from 'vitest';
import { isCommonPassword, passwordProblem } from '$lib/auth/password-policy';

describe('the password policy', () => {
	it.each([
		['', 'at least 12 characters'],
		['elevenchars', 'at least 12 characters'],
		['x'.repeat(129), '128 characters or fewer'],
		['qwerty123456', 'too common'],
		['Password1234', 'too common'],
		['1qaz2wsx3edc', 'too common'],
		['sunshine2024!', 'too common']
	])('refuses %j: %s', (password, problem) => {
		expect(passwordProblem(password)).toContain(problem);
	});

	it.each([
		'correct horse battery staple',
		'exactly12chr',
		'x'.repeat(128),
		'Zoë walks the dog at dawn',
		'🐴🐴🐴 ride to town 🐴'
	])('accepts %j, with no rules about kinds of character', (password) => {
		expect(passwordProblem(password)).toBeUndefined();
	});

	it('counts characters, not bytes, so 12 accented letters are enough', () => {
		expect(passwordProblem('éééééééééééé')).toBeUndefined();
	});

	it('matches the common list whatever the case', () => {
		expect(isCommonPassword('QWERTY123456')).toBe(true);
		expect(isCommonPassword('a-long-uncommon-phrase')).toBe(false);
	});
});
