import { describe, expect, it } from 'vitest';
import { defaultReviewDate, isUnderFiveOn, reviewIntervalMonths } from '$lib/plan/review-dates';

describe('defaultReviewDate', () => {
	it.each([
		['2026-09-07', '2012-10-03', '2027-09-07', '12 months on for a 13-year-old'],
		['2026-09-30', '2022-09-12', '2027-03-30', '6 months on for a child of 4 (Amara)'],
		['2026-09-07', '2021-09-08', '2027-03-07', '6 months on for a child turning 5 the day after the start'],
		['2026-09-07', '2021-09-07', '2027-09-07', '12 months on for a child turning 5 on the start date'],
		['2026-08-31', '2023-01-01', '2027-02-28', '6 months on from 31 August is 28 February'],
		['2027-02-28', '2010-01-01', '2028-02-28', '12 months on from 28 February stays 28 February']
	])('starting %s, born %s, is %s: %s', (start, born, expected) => {
		expect(defaultReviewDate(start, born)).toBe(expected);
	});
});

describe('reviewIntervalMonths and isUnderFiveOn', () => {
	it('take a child to be under 5 until their fifth birthday', () => {
		expect(isUnderFiveOn('2021-09-08', '2026-09-07')).toBe(true);
		expect(isUnderFiveOn('2021-09-07', '2026-09-07')).toBe(false);
		expect(reviewIntervalMonths('2026-09-07', '2021-09-08')).toBe(6);
		expect(reviewIntervalMonths('2026-09-07', '2021-09-07')).toBe(12);
	});
});
