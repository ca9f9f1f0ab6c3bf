import { describe, expect, it } from 'vitest';
import { birthDatesInYearGroup, yearGroupLabels, yearGroupOf, yearGroups } from '$lib/children/year-group';

describe('the year group by date of birth (England: the school year starts on 1 September)', () => {
	// In the 2026/27 school year, Year 6 is the children who turn 11 in it: born 1 Sep 2015 – 31 Aug 2016.
	it.each([
		['2015-09-01', '2026-12-04', 'year-6'],
		['2016-08-31', '2026-12-04', 'year-6'],
		['2016-09-01', '2026-12-04', 'year-5'],
		['2017-08-31', '2026-12-04', 'year-5'],
		['2015-08-31', '2026-12-04', 'year-7'],
		// The year moves on on 1 September, not 1 January.
		['2016-03-14', '2027-08-31', 'year-6'],
		['2016-03-14', '2027-09-01', 'year-7'],
		// Reception: turns 5 in the school year.
		['2021-09-01', '2026-12-04', 'reception'],
		['2022-08-31', '2026-12-04', 'reception'],
		['2022-09-01', '2026-12-04', 'early-years'],
		['2009-09-01', '2026-12-04', 'year-12'],
		['2008-09-01', '2026-12-04', 'year-13'],
		['2008-08-31', '2026-12-04', 'post-19'],
		['2001-01-01', '2026-12-04', 'post-19']
	])('born %s, on %s: %s', (born, today, group) => {
		expect(yearGroupOf(born, today)).toBe(group);
	});

	it('names each group as schools do', () => {
		expect(yearGroups.map((group) => yearGroupLabels[group])).toEqual([
			'Before Reception',
			'Reception',
			...Array.from({ length: 13 }, (_, index) => `Year ${index + 1}`),
			'Past Year 13'
		]);
	});

	it('gives the dates of birth in each group, which agree with the group of each date', () => {
		expect(birthDatesInYearGroup('year-5', '2026-12-04')).toEqual({ from: '2016-09-01', to: '2017-08-31' });
		expect(birthDatesInYearGroup('reception', '2027-02-01')).toEqual({ from: '2021-09-01', to: '2022-08-31' });
		expect(birthDatesInYearGroup('early-years', '2026-12-04')).toEqual({ from: '2022-09-01' });
		expect(birthDatesInYearGroup('post-19', '2026-12-04')).toEqual({ to: '2008-08-31' });
		for (const group of yearGroups) {
			const { from, to } = birthDatesInYearGroup(group, '2026-12-04');
			if (from) expect(yearGroupOf(from, '2026-12-04')).toBe(group);
			if (to) expect(yearGroupOf(to, '2026-12-04')).toBe(group);
		}
	});
});
