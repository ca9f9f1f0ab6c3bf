import { daysInMonth, formatIsoDate, requireIsoDate, type IsoDate } from './iso-date';

/**
 * The date `months` calendar months after `date` (before it, when negative).
 *
 * When the target month is shorter than the day of `date`, the result is clamped to the last day of
 * that month: 31 January + 1 month is 28 February (29 in a leap year), and 31 August + 6 months is
 * 28 February. The arithmetic is done on the calendar parts, so the result never depends on the
 * machine's time zone — which is why this is not date-fns, whose functions work on `Date`s in it.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
	if (!Number.isInteger(months)) throw new RangeError('addMonths takes a whole number of months');
	const { year, month, day } = requireIsoDate(date);
	const index = year * 12 + (month - 1) + months;
	const targetYear = Math.floor(index / 12);
	const targetMonth = index - targetYear * 12 + 1;
	return formatIsoDate({
		year: targetYear,
		month: targetMonth,
		day: Math.min(day, daysInMonth(targetYear, targetMonth))
	});
}
