import type { IsoDate } from '../dates/iso-date';

/**
 * The school year group a child is in by their date of birth, in England: the school year runs from
 * 1 September to 31 August, and a child starts Reception in the school year in which they turn 5 (Year 1
 * they turn 6, and so on). Derived, not stored: it moves on by itself each September, and is right for
 * every child taught with their age group. A child taught out of their year group (a summer-born child
 * who started a year late, say) still shows the year of their age.
 */

/** Before Reception (nursery age or younger), Reception, Years 1 to 13, and past Year 13 (to 25 on an EHC plan). */
export const yearGroups = [
	'early-years',
	'reception',
	'year-1',
	'year-2',
	'year-3',
	'year-4',
	'year-5',
	'year-6',
	'year-7',
	'year-8',
	'year-9',
	'year-10',
	'year-11',
	'year-12',
	'year-13',
	'post-19'
] as const;
export type YearGroup = (typeof yearGroups)[number];

export const yearGroupLabels: Readonly<Record<YearGroup, string>> = Object.fromEntries(
	yearGroups.map((group) => [
		group,
		group === 'early-years'
			? 'Before Reception'
			: group === 'reception'
				? 'Reception'
				: group === 'post-19'
					? 'Past Year 13'
					: `Year ${group.slice('year-'.length)}`
	])
) as Record<YearGroup, string>;

/** The year the school year holding `date` started in: 2026 for any day from 1 September 2026 to 31 August 2027. */
function schoolYearStarting(date: IsoDate): number {
	const year = Number(date.slice(0, 4));
	return Number(date.slice(5, 7)) >= 9 ? year : year - 1;
}

/** Reception is 0, Year 1 is 1, …; before Reception below 0, past Year 13 above 13. */
function yearNumber(dateOfBirth: IsoDate, today: IsoDate): number {
	return schoolYearStarting(today) - schoolYearStarting(dateOfBirth) - 5;
}

function groupOfNumber(number: number): YearGroup {
	if (number < 0) return 'early-years';
	if (number === 0) return 'reception';
	if (number > 13) return 'post-19';
	return `year-${number}` as YearGroup;
}

/** The year group of a child born on `dateOfBirth`, on `today`. */
export function yearGroupOf(dateOfBirth: IsoDate, today: IsoDate): YearGroup {
	return groupOfNumber(yearNumber(dateOfBirth, today));
}

/**
 * The dates of birth of the children in `group` on `today`, both ends included (`from` left out for the
 * oldest group, `to` for the youngest): the caseload filters on them in its query.
 */
export function birthDatesInYearGroup(group: YearGroup, today: IsoDate): { from?: IsoDate; to?: IsoDate } {
	const start = schoolYearStarting(today);
	// Born from 1 September of `cohort` to 31 August after: Year n is the cohort that started school n years ago.
	const cohortOf = (number: number) => start - 5 - number;
	const from = (number: number) => `${cohortOf(number)}-09-01`;
	const to = (number: number) => `${cohortOf(number) + 1}-08-31`;
	if (group === 'early-years') return { from: from(-1) };
	if (group === 'post-19') return { to: to(14) };
	const number = group === 'reception' ? 0 : Number(group.slice('year-'.length));
	return { from: from(number), to: to(number) };
}
