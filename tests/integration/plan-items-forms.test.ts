import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { typedDateOf } from '$lib/dates/typed-date';
import { aspirationSchema } from '$lib/forms/aspiration';
import { formErrors } from '$lib/forms/form-errors';
import { needSchema } from '$lib/forms/need';
import { outcomeSchema } from '$lib/forms/outcome';
import { provisionSchema, quantityInWords } from '$lib/forms/provision';
import { blanksAbsent, stepSchema } from '$lib/forms/step';
import { formId, formIds } from '$lib/server/plan-item-actions';

/** The form's problems by field, as the page shows them ({} when it is accepted). */
function problems(schema: v.GenericSchema, input: unknown): Record<string, string> {
	const result = v.safeParse(schema, input);
	return result.success ? {} : formErrors(result.issues);
}

const provisionFields = ['deliveredBy', 'teamMemberId', 'sessions', 'per', 'minutes', 'groupSize'] as const;
const noDate = typedDateOf(undefined);
const provision = (fields: Record<string, string | ReturnType<typeof typedDateOf>>) =>
	problems(
		provisionSchema,
		blanksAbsent(
			{
				text: 'Speech and language therapy',
				deliveredBy: '',
				teamMemberId: '',
				sessions: '',
				per: '',
				minutes: '',
				groupSize: '',
				startDate: noDate,
				reviewDate: noDate,
				...fields
			},
			provisionFields
		)
	);

describe('the item forms', () => {
	it('asks for the words and the voice of an aspiration, and refuses 3,000 characters by saying so', () => {
		expect(problems(aspirationSchema, { text: '  ', voice: '' })).toEqual({
			text: 'Enter the aspiration in the speaker’s own words',
			voice: 'Select whose words these are'
		});
		expect(problems(aspirationSchema, { text: 'x'.repeat(3000), voice: 'child' })).toEqual({
			text: 'The aspiration must be 2,000 characters or fewer'
		});
		expect(v.parse(aspirationSchema, { text: '  I want friends. ', voice: 'child' })).toEqual({
			text: 'I want friends.',
			voice: 'child'
		});
	});

	it('asks who said the words, from the people offered, and who helped the child (both may be left blank)', () => {
		const form = { text: 'I want friends.', voice: 'child' };
		expect(v.parse(aspirationSchema, { ...form, saidBy: 'child', with: ' her key worker ' })).toMatchObject({
			saidBy: 'child',
			with: 'her key worker'
		});
		expect(v.parse(aspirationSchema, { ...form, saidBy: '', with: '' })).toMatchObject({ saidBy: undefined });
		expect(problems(aspirationSchema, { ...form, saidBy: 'someone-else' })).toEqual({
			saidBy: 'Choose who said this from the list'
		});
	});

	it('asks for the area of a need in words', () => {
		expect(problems(needSchema, { text: 'A need', area: 'speech' })).toEqual({ area: 'Select the area of need' });
	});

	it('refuses dates that do not exist and leaves blank ones out', () => {
		const outcome = (fields: Record<string, string | ReturnType<typeof typedDateOf>>) =>
			blanksAbsent({ text: 'An outcome', targetDate: noDate, successCriteria: '', ...fields }, ['successCriteria']);
		expect(problems(outcomeSchema, outcome({ targetDate: { day: '30', month: '2', year: '2027' } }))).toEqual({
			'targetDate-day': 'Target date must be a real date'
		});
		expect(v.parse(outcomeSchema, outcome({}))).toEqual({ text: 'An outcome' });
		expect(problems(outcomeSchema, outcome({ text: '' }))).toEqual({
			text: 'Enter the outcome: what the child will be able to do'
		});
		expect(problems(stepSchema, { text: '', targetDate: { day: '1', month: '13', year: '2027' } })).toEqual({
			text: 'Enter what the step is',
			'targetDate-month': 'Target date must be a real date'
		});
	});

	it('takes how much provision as whole numbers of 1 or more, and how often as a number and a period together', () => {
		expect(provision({ sessions: 'two', per: 'week' })).toEqual({
			sessions: 'Enter the number of sessions as a whole number, like 2'
		});
		expect(provision({ minutes: '0' })).toEqual({
			minutes: 'Enter the minutes in each session as a whole number of 1 or more, like 30'
		});
		expect(provision({ groupSize: '1.5' })).toEqual({
			groupSize: 'Enter the group size as a whole number: 1 for one to one, or more'
		});
		expect(provision({ sessions: '2' })).toEqual({ per: 'Select how often: a day, a week, a month, a term or a year' });
		expect(provision({ per: 'week' })).toEqual({ sessions: 'Enter how many sessions there are each period, like 2' });
		expect(provision({ startDate: typedDateOf('2027-03-01'), reviewDate: typedDateOf('2027-02-01') })).toEqual({
			'reviewDate-day': 'Review date must be the same as or after the start date'
		});
		expect(
			v.parse(
				provisionSchema,
				blanksAbsent({ text: 'Therapy', sessions: ' 1 ', per: 'week', minutes: '90', groupSize: '1' }, provisionFields)
			)
		).toEqual({
			text: 'Therapy',
			sessions: 1,
			per: 'week',
			minutes: 90,
			groupSize: 1
		});
	});

	it('says how much provision there is in words', () => {
		expect(quantityInWords({ sessions: 1, per: 'week', minutes: 90, groupSize: 1 })).toBe(
			'1 session a week, 90 minutes, one to one'
		);
		expect(quantityInWords({ sessions: 3, per: 'term', groupSize: 6 })).toBe('3 sessions a term, in a group of 6');
		expect(quantityInWords({ minutes: 1 })).toBe('1 minute');
		expect(quantityInWords({})).toBe('');
	});
});

describe('reading ids from a form', () => {
	it('takes only id-shaped ids from the address or a hidden field', () => {
		expect(formId('abc234')).toBe('abc234');
		expect(formId("1' OR 1=1")).toBeUndefined();
		expect(formId('')).toBeUndefined();
		expect(formId(null)).toBeUndefined();
	});

	it('takes each ticked box once, and no more than one past the format’s limit', () => {
		const data = new FormData();
		for (const id of ['a', 'b', 'a', '']) data.append('ids', id);
		expect(formIds(data, 'ids')).toEqual(['a', 'b']);
		const flood = new FormData();
		for (let i = 0; i < 500; i++) flood.append('ids', `id${i}`);
		expect(formIds(flood, 'ids')).toHaveLength(201);
	});
});
