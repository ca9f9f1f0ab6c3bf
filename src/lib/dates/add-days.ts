import { fromUtcDate, toUtcDate, type IsoDate } from './iso-date';

const DAY_MS = 86_400_000;

/** The date `days` days after `date` (before it, when negative), on the calendar, whatever the time zone. */
export function addDays(date: IsoDate, days: number): IsoDate {
	if (!Number.isInteger(days)) throw new RangeError('addDays takes a whole number of days');
	return fromUtcDate(new Date(toUtcDate(date).getTime() + days * DAY_MS));
}

/** How many days `to` is after `from` (negative when it is before). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / DAY_MS);
}
