/**
 * A date as a person types it into the three boxes of the GOV.UK date input: day, month and year. Read
 * here, with no form library, so that the server's message and the page's highlighted boxes come from
 * the same reading.
 */
import { daysInMonth, formatIsoDate, parseIsoDate, type IsoDate } from './iso-date';

/** The three boxes, in the order they are shown. */
export const datePartNames = ['day', 'month', 'year'] as const;
export type DatePartName = (typeof datePartNames)[number];

/** What the three boxes hold, as typed. */
export type TypedDate = Record<DatePartName, string>;

/** Some boxes, at least one. */
type Boxes = [DatePartName, ...DatePartName[]];

/** What the boxes say: a date, nothing, or which boxes to fill in or put right. */
export type TypedDateReading =
	| { kind: 'date'; date: IsoDate }
	| { kind: 'empty' }
	| { kind: 'incomplete'; missing: Boxes }
	| { kind: 'not-real'; wrong: Boxes };

/** `parts` when it holds at least one box. */
function some(parts: DatePartName[]): Boxes | null {
	const [first, ...more] = parts;
	return first ? [first, ...more] : null;
}

const monthNames = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/**
 * The month typed as a number (1–12), or as its name or first three letters ("Mar", "March"), since
 * people copy dates from letters that spell the month out; `null` when it is neither.
 */
function monthNumber(typed: string): number | null {
	if (/^\d{1,2}$/.test(typed)) {
		const month = Number(typed);
		return month >= 1 && month <= 12 ? month : null;
	}
	const word = typed.toLowerCase();
	const index = monthNames.findIndex((name) => word === name || (word.length === 3 && name.startsWith(word)));
	return index === -1 ? null : index + 1;
}

/** Reads the three boxes (spaces around each ignored). */
export function readTypedDate(typed: TypedDate): TypedDateReading {
	const parts = {
		day: typed.day.trim(),
		month: typed.month.trim(),
		year: typed.year.trim()
	};
	const missing = datePartNames.filter((part) => parts[part] === '');
	if (missing.length === 3) return { kind: 'empty' };
	const incomplete = some(missing);
	if (incomplete) return { kind: 'incomplete', missing: incomplete };

	const day = /^\d{1,2}$/.test(parts.day) ? Number(parts.day) : null;
	const month = monthNumber(parts.month);
	const year = /^\d{4}$/.test(parts.year) ? Number(parts.year) : null;
	const wrong: DatePartName[] = [];
	if (day === null || day < 1 || day > 31) wrong.push('day');
	if (month === null) wrong.push('month');
	if (year === null || year < 1000) wrong.push('year');
	const notReal = some(wrong);
	if (notReal) return { kind: 'not-real', wrong: notReal };
	// Each box is possible on its own; 31 April or 29 February 2027 is not.
	if (day! > daysInMonth(year!, month!)) return { kind: 'not-real', wrong: ['day'] };
	return { kind: 'date', date: formatIsoDate({ year: year!, month: month!, day: day! }) };
}

/** A saved date shown in the boxes ("5", "3", "2027"); empty boxes for no date. */
export function typedDateOf(date: IsoDate | undefined | null): TypedDate {
	const parts = parseIsoDate(date);
	if (!parts) return { day: '', month: '', year: '' };
	return { day: String(parts.day), month: String(parts.month), year: String(parts.year) };
}

/**
 * The date a form shows in the boxes named `<name>-day`, `<name>-month` and `<name>-year`: what was
 * typed when the form was sent back, else the saved date under `name`.
 */
export function typedDateIn(values: Record<string, string | undefined>, name: string): TypedDate {
	const typed = datePartNames.map((part) => values[`${name}-${part}`]);
	if (typed.every((value) => value === undefined)) return typedDateOf(values[name]);
	const [day = '', month = '', year = ''] = typed;
	return { day, month, year };
}
