import { describe, expect, it } from 'vitest';
import { wholeMonthsBetween } from '$lib/dates/months-between';

describe('wholeMonthsBetween', () => {
	it.each([
		['2026-09-07', '2027-03-07', 6, 'six months to the day'],
		['2026-09-07', '2027-03-06', 5, 'the day before six months is five whole months'],
		['2026-08-31', '2027-02-28', 6, '31 August to 28 February is six months, by clamping'],
		['2026-09-07', '2027-09-07', 12, 'a year to the day'],
		['2026-09-07', '2026-09-30', 0, 'less than a month'],
		['2026-09-07', '2026-09-07', 0, 'the same day'],
		['2027-03-07', '2026-09-07', -6, 'backwards, six months'],
		['2027-03-06', '2026-09-07', -5, 'backwards, short of six months']
	])('from %s to %s is %i: %s', (from, to, expected) => {
		expect(wholeMonthsBetween(from, to)).toBe(expected);
	});
});
