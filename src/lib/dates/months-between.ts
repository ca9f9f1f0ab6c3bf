import { addMonths } from './add-months';
import { requireIsoDate, type IsoDate } from './iso-date';

/**
 * How many whole calendar months lie between `from` and `to`: the largest `n` for which
 * `addMonths(from, n)` is not after `to`. Negative when `to` is before `from` (then the largest `n`,
 * counting backwards, for which `addMonths(from, n)` is not before `to`).
 *
 * 7 September 2026 to 7 March 2027 is 6 months; to 6 March 2027 it is 5. 31 August to 28 February is
 * 6 months, because 31 August + 6 months is clamped to 28 February.
 */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
	const a = requireIsoDate(from);
	const b = requireIsoDate(to);
	let months = (b.year - a.year) * 12 + (b.month - a.month);
	if (months > 0 && addMonths(from, months) > to) months -= 1;
	else if (months < 0 && addMonths(from, months) < to) months += 1;
	else if (months === 0) return 0;
	return months;
}
