import { describe, expect, it } from 'vitest';
import { ageOn } from '$lib/dates/age';
import { recordsKeptUntil } from '$lib/records-kept-until';

describe('recordsKeptUntil', () => {
	it('is the 31st birthday', () => {
		expect(recordsKeptUntil('2012-10-03')).toBe('2043-10-03');
		expect(recordsKeptUntil('1996-03-14')).toBe('2027-03-14');
	});

	it('is 28 February for someone born on 29 February (the 31st birthday never falls in a leap year)', () => {
		expect(recordsKeptUntil('2000-02-29')).toBe('2031-02-28');
		expect(recordsKeptUntil('1996-02-29')).toBe('2027-02-28');
	});

	it.each([
		['2012-10-03', '2043-10-02'],
		['2000-02-29', '2031-02-27'],
		['2001-01-01', '2031-12-31']
	])('is the day the app counts someone born on %s 31: on %s, the day before, they are 30', (born, dayBefore) => {
		expect(ageOn(born, recordsKeptUntil(born))).toBe(31);
		expect(ageOn(born, dayBefore)).toBe(30);
	});
});
