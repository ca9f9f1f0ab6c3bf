import { describe, expect, it } from 'vitest';
import { compareIsoDates, fromUtcDate, isIsoDate, parseIsoDate, toUtcDate } from '$lib/dates/iso-date';

describe('isIsoDate', () => {
	it.each(['2027-03-05', '2028-02-29', '2000-02-29', '2026-12-31', '0001-01-01'])(
		'accepts the real calendar date %s',
		(value) => expect(isIsoDate(value)).toBe(true)
	);
	it.each([
		'2027-02-30',
		'2027-02-29',
		'1900-02-29',
		'2027-13-01',
		'2027-00-10',
		'2027-04-31',
		'2027-3-5',
		'05/03/2027',
		' 2027-03-05',
		'2027-03-05T00:00:00Z',
		'',
		20270305,
		null,
		undefined
	])('refuses %s, which is not a real date written YYYY-MM-DD', (value) => expect(isIsoDate(value)).toBe(false));
});

describe('parseIsoDate', () => {
	it('gives the year, month and day of a date', () => {
		expect(parseIsoDate('2027-03-05')).toEqual({ year: 2027, month: 3, day: 5 });
	});
});

describe('toUtcDate and fromUtcDate', () => {
	it('round-trip a date through midnight UTC, years below 100 included', () => {
		for (const date of ['2027-03-05', '0099-12-31', '2028-02-29']) {
			expect(fromUtcDate(toUtcDate(date))).toBe(date);
		}
	});
});

describe('compareIsoDates', () => {
	it('orders dates from earliest to latest', () => {
		expect(['2027-03-05', '2026-11-22', '2027-01-01'].sort(compareIsoDates)).toEqual([
			'2026-11-22',
			'2027-01-01',
			'2027-03-05'
		]);
		expect(compareIsoDates('2027-01-01', '2027-01-01')).toBe(0);
	});
});
