import { describe, expect, it } from 'vitest';
import { addMonths } from '$lib/dates/add-months';

describe('addMonths', () => {
	it.each([
		['2027-01-31', 1, '2027-02-28', '31 January + 1 month is 28 February'],
		['2028-01-31', 1, '2028-02-29', '31 January + 1 month is 29 February in a leap year'],
		['2026-08-31', 6, '2027-02-28', '31 August + 6 months is 28 February'],
		['2026-09-07', 12, '2027-09-07', '12 months on is the same day a year later'],
		['2028-02-29', 12, '2029-02-28', '29 February + 12 months is 28 February'],
		['2026-03-31', 1, '2026-04-30', '31 March + 1 month is 30 April'],
		['2026-03-15', -3, '2025-12-15', 'a negative number of months goes back'],
		['2026-01-15', -13, '2024-12-15', 'going back crosses years'],
		['2026-11-30', 0, '2026-11-30', 'adding no months changes nothing']
	])('%s + %i months is %s: %s', (date, months, expected) => {
		expect(addMonths(date, months)).toBe(expected);
	});

	it('refuses a date that is not real', () => {
		expect(() => addMonths('2027-02-30', 1)).toThrow(RangeError);
	});

	it('refuses a fraction of a month', () => {
		expect(() => addMonths('2027-02-01', 1.5)).toThrow(RangeError);
	});
});
