import { toUtcDate, type IsoDate } from './iso-date';

// One formatter each, made once: in en-GB and UTC, so "5 March 2027" never shifts a day.
const ukDate = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const ukDateWithWeekday = new Intl.DateTimeFormat('en-GB', {
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

/** A date as people in the UK write it: `2027-03-05` → "5 March 2027". */
export function formatUkDate(date: IsoDate): string {
	return ukDate.format(toUtcDate(date));
}

/**
 * The same date kept on one line (no-break spaces), for Easy Read: a reader who takes in a line at a
 * time should not find "14 March" on one line and "2027" on the next.
 */
export function formatUkDateOnOneLine(date: IsoDate): string {
	return formatUkDate(date).replaceAll(' ', '\u00a0');
}

/** A date with its day of the week: `2027-03-05` → "Friday 5 March 2027". */
export function formatUkDateWithWeekday(date: IsoDate): string {
	// en-GB puts a comma after the weekday in some Intl versions ("Friday, 5 March 2027"); we never do.
	return ukDateWithWeekday
		.formatToParts(toUtcDate(date))
		.filter((part) => part.type !== 'literal')
		.map((part) => part.value)
		.join(' ');
}
