/**
 * ISO calendar dates (`YYYY-MM-DD`) as plain strings.
 *
 * Plans hold dates, never times, so the core keeps them as strings: two ISO dates compare correctly
 * with `<` and `>`, and nothing depends on the machine's time zone.
 */

/** An ISO date string such as `2027-03-05`. Only a convention: check values with `isIsoDate`. */
export type IsoDate = string;

/** The year, month (1–12) and day (1–31) of a date. */
export interface DateParts {
	year: number;
	month: number;
	day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a leap year in the (proleptic) Gregorian calendar. */
export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** How many days `month` (1–12) has in `year`. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The parts of an ISO date, or `null` when `value` is not a real calendar date written `YYYY-MM-DD`
 * (`2027-02-30` and `2027-2-3` are both refused).
 */
export function parseIsoDate(value: unknown): DateParts | null {
	if (typeof value !== 'string' || value.length !== 10) return null;
	const match = ISO_DATE.exec(value);
	if (!match) return null;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	return { year, month, day };
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
	return parseIsoDate(value) !== null;
}

/** Writes date parts as `YYYY-MM-DD`. */
export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The parts of a date the caller knows is valid; throws a `RangeError` otherwise. */
export function requireIsoDate(value: IsoDate): DateParts {
	const parts = parseIsoDate(value);
	if (!parts) throw new RangeError(`Not an ISO date: ${JSON.stringify(value).slice(0, 40)}`);
	return parts;
}

/** Midnight UTC at the start of an ISO date, for `Intl`. */
export function toUtcDate(value: IsoDate): Date {
	const { year, month, day } = requireIsoDate(value);
	const date = new Date(0);
	// setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
	date.setUTCFullYear(year, month - 1, day);
	return date;
}

/** The ISO date (in UTC) of a `Date`. */
export function fromUtcDate(date: Date): IsoDate {
	return formatIsoDate({
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate()
	});
}

/** Compares two ISO dates: negative when `a` is earlier, 0 when the same day, positive when later. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
