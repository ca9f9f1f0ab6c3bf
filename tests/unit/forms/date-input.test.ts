import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readTypedDate, typedDateIn, typedDateOf } from '$lib/dates/typed-date';
import { dateInput, optionalDateInput } from '$lib/forms/date-input';
import { formErrors } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';

const today = '2026-12-04';
const schema = v.object({
	dateOfBirth: dateInput('Date of birth', {
		rules: [{ holds: (date) => date <= today, message: 'Date of birth must be today or in the past' }]
	})
});

/** The form's answer to three boxes: the date, or the problem under the key the summary links to. */
function answer(day: string, month: string, year: string) {
	const parsed = v.safeParse(schema, { dateOfBirth: { day, month, year } });
	return parsed.success ? parsed.output.dateOfBirth : formErrors(parsed.issues);
}

describe('a date typed into the three boxes', () => {
	it.each([
		['3', '10', '2012', '2012-10-03'],
		['03', '10', '2012', '2012-10-03'],
		[' 3 ', ' 10 ', ' 2012 ', '2012-10-03'],
		['29', '2', '2024', '2024-02-29'],
		['14', 'March', '2012', '2012-03-14'],
		['14', 'mar', '2012', '2012-03-14'],
		['4', '12', '2026', '2026-12-04']
	])('%s / %s / %s is %s', (day, month, year, date) => {
		expect(answer(day, month, year)).toBe(date);
	});

	it.each([
		['', '', '', { 'dateOfBirth-day': 'Enter the date of birth' }],
		['3', '', '2012', { 'dateOfBirth-month': 'Date of birth must include a month' }],
		['', '10', '2012', { 'dateOfBirth-day': 'Date of birth must include a day' }],
		['3', '10', '', { 'dateOfBirth-year': 'Date of birth must include a year' }],
		['', '', '2012', { 'dateOfBirth-day': 'Date of birth must include a day and month' }],
		['3', '', '', { 'dateOfBirth-month': 'Date of birth must include a month and year' }],
		['3', '13', '2012', { 'dateOfBirth-month': 'Date of birth must be a real date' }],
		['32', '1', '2012', { 'dateOfBirth-day': 'Date of birth must be a real date' }],
		['0', '1', '2012', { 'dateOfBirth-day': 'Date of birth must be a real date' }],
		['3', '10', '12', { 'dateOfBirth-year': 'Date of birth must be a real date' }],
		['3', 'Octember', '2012', { 'dateOfBirth-month': 'Date of birth must be a real date' }],
		['30', '2', '2012', { 'dateOfBirth-day': 'Date of birth must be a real date' }],
		['29', '2', '2025', { 'dateOfBirth-day': 'Date of birth must be a real date' }],
		['x', 'y', '2012', { 'dateOfBirth-day': 'Date of birth must be a real date' }],
		['5', '12', '2026', { 'dateOfBirth-day': 'Date of birth must be today or in the past' }]
	])('%s / %s / %s is refused: %o', (day, month, year, errors) => {
		expect(answer(day, month, year)).toEqual(errors);
	});

	it('says which boxes to fill in or put right, for the page to highlight', () => {
		expect(readTypedDate({ day: '', month: '', year: '2012' })).toEqual({
			kind: 'incomplete',
			missing: ['day', 'month']
		});
		expect(readTypedDate({ day: '40', month: '13', year: '2012' })).toEqual({
			kind: 'not-real',
			wrong: ['day', 'month']
		});
		expect(readTypedDate({ day: ' ', month: '', year: '' })).toEqual({ kind: 'empty' });
	});

	it('names the date in each message, and what to enter when it is empty', () => {
		const review = v.object({ date: dateInput('Date of the review') });
		const problems = (day: string, month: string, year: string) => {
			const parsed = v.safeParse(review, { date: { day, month, year } });
			return parsed.success ? {} : formErrors(parsed.issues);
		};
		expect(problems('', '', '')).toEqual({ 'date-day': 'Enter the date of the review' });
		expect(problems('1', '', '2027')).toEqual({ 'date-month': 'Date of the review must include a month' });
	});

	it('may be left out when optional, but not half typed', () => {
		const optional = v.object({ targetDate: optionalDateInput('Target date') });
		expect(v.parse(optional, { targetDate: { day: ' ', month: '', year: '' } })).toEqual({ targetDate: undefined });
		const parsed = v.safeParse(optional, { targetDate: { day: '31', month: '7', year: '' } });
		expect(parsed.success ? {} : formErrors(parsed.issues)).toEqual({
			'targetDate-year': 'Target date must include a year'
		});
	});
});

describe('the three boxes in a form', () => {
	it('are read from <name>-day, <name>-month and <name>-year, a box not sent being empty', () => {
		const data = new FormData();
		data.append('dateOfBirth-day', '3');
		data.append('dateOfBirth-year', '2012');
		data.append('other', 'x');
		expect(formInput(data, schema)).toEqual({ dateOfBirth: { day: '3', month: '', year: '2012' } });
	});

	it('show what was typed when the form comes back, else the saved date', () => {
		const typed = { 'startDate-day': '31', 'startDate-month': 'Feb', 'startDate-year': '', startDate: '2027-01-05' };
		expect(typedDateIn(typed, 'startDate')).toEqual({ day: '31', month: 'Feb', year: '' });
		expect(typedDateIn({ startDate: '2027-01-05' }, 'startDate')).toEqual({ day: '5', month: '1', year: '2027' });
		expect(typedDateIn({}, 'startDate')).toEqual({ day: '', month: '', year: '' });
		expect(typedDateOf('not a date')).toEqual({ day: '', month: '', year: '' });
	});
});
