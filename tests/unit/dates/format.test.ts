import { describe, expect, it } from 'vitest';
import { formatUkDate, formatUkDateOnOneLine, formatUkDateWithWeekday } from '$lib/dates/format';

describe('formatUkDate', () => {
	it.each([
		['2027-03-05', '5 March 2027'],
		['2026-11-22', '22 November 2026'],
		['2026-12-31', '31 December 2026'],
		['2027-01-01', '1 January 2027']
	])('writes %s as "%s", the same day in every time zone', (date, expected) => {
		expect(formatUkDate(date)).toBe(expected);
	});
});

describe('formatUkDateWithWeekday', () => {
	it('names the day of the week, without a comma', () => {
		expect(formatUkDateWithWeekday('2027-03-05')).toBe('Friday 5 March 2027');
		expect(formatUkDateWithWeekday('2026-11-22')).toBe('Sunday 22 November 2026');
	});
});

describe('formatUkDateOnOneLine', () => {
	it('joins the day, month and year with no-break spaces, so a line never breaks inside the date', () => {
		expect(formatUkDateOnOneLine('2027-03-14')).toBe('14\u00a0March\u00a02027');
		expect(formatUkDateOnOneLine('2027-03-14').replaceAll('\u00a0', ' ')).toBe(formatUkDate('2027-03-14'));
	});
});
