import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '$lib/dates/add-days';

describe('addDays and daysBetween', () => {
	it.each([
		['2027-03-05', 19, '2027-03-24'],
		['2027-02-28', 1, '2027-03-01'],
		['2028-02-28', 1, '2028-02-29'],
		['2027-01-01', -1, '2026-12-31'],
		['2027-03-27', 2, '2027-03-29']
	])('%s + %i days is %s, and back', (date, days, expected) => {
		expect(addDays(date, days)).toBe(expected);
		expect(daysBetween(date, expected)).toBe(days);
	});

	it('refuses part of a day', () => expect(() => addDays('2027-03-05', 0.5)).toThrow(RangeError));
});
