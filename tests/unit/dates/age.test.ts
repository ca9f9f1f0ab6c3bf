import { describe, expect, it } from 'vitest';
import { ageOn, birthday } from '$lib/dates/age';

describe('ageOn', () => {
	it.each([
		['2022-09-12', '2026-09-11', 3, 'the day before a birthday'],
		['2022-09-12', '2026-09-12', 4, 'on the birthday'],
		['2012-10-03', '2026-11-22', 14, 'Sarah on the day of the examples'],
		['2020-02-29', '2021-02-28', 1, 'a 29 February birthday falls on 28 February in other years'],
		['2020-02-29', '2021-02-27', 0, 'the day before that'],
		['2026-11-22', '2026-11-22', 0, 'on the day of birth']
	])('someone born on %s is %i on %s: %s', (born, on, expected) => {
		expect(ageOn(born, on)).toBe(expected);
	});
});

describe('birthday', () => {
	it('gives the date of the fifth birthday', () => {
		expect(birthday('2022-09-12', 5)).toBe('2027-09-12');
		expect(birthday('2020-02-29', 5)).toBe('2025-02-28');
	});
});
