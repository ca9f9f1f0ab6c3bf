import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { formErrors } from '$lib/forms/form-errors';
import {
	evidenceField,
	ratingField,
	reviewFormState,
	reviewFormStateOf,
	reviewFormSchema,
	reviewFormInput,
	reviewViewsSchema
} from '$lib/forms/review';
import { storedReviewSchema } from '$lib/review/stored-review';

const outcomeIds = ['o1', 'o2'];

function form(fields: Array<[string, string]>): FormData {
	const data = new FormData();
	for (const [name, value] of fields) data.append(name, value);
	return data;
}

const complete: Array<[string, string]> = [
	['revision', '4'],
	['date-day', '4'],
	['date-month', '3'],
	['date-year', '2027'],
	['tookPart', 't2'],
	['tookPart', 't3'],
	['childTookPart', 'yes'],
	['childViewsHow', 'drawing'],
	[ratingField('o1'), 'achieved'],
	[evidenceField('o1'), ' Sarah meets two friends every Saturday. '],
	[ratingField('o2'), ''],
	[evidenceField('o2'), ''],
	['childViews', 'I like the park.'],
	['familyViews', ''],
	['changesNext', '']
];

describe('the review form', () => {
	it('reads an editor’s form into the record’s shape: empty boxes are nothing recorded', () => {
		const parsed = v.parse(reviewFormSchema(outcomeIds), reviewFormInput(reviewFormState(form(complete)), outcomeIds));
		expect(parsed).toEqual({
			revision: 4,
			date: '2027-03-04',
			tookPart: ['t2', 't3'],
			childTookPart: true,
			familyTookPart: false,
			childViewsHow: ['drawing'],
			changesNext: null,
			childViews: 'I like the park.',
			familyViews: null,
			progress: {
				o1: { rating: 'achieved', evidence: 'Sarah meets two friends every Saturday.' },
				o2: { rating: undefined, evidence: undefined }
			}
		});
	});

	it('shows each problem by its own field, named as the form names it', () => {
		const state = reviewFormState(
			form([
				...complete.filter(([name]) => name !== ratingField('o2') && name !== 'date-day'),
				['date-day', '30'],
				['date-month', 'February'],
				[ratingField('o2'), 'brilliant'],
				['childViewsHow', 'by post']
			])
		);
		const parsed = v.safeParse(reviewFormSchema(outcomeIds), reviewFormInput(state, outcomeIds));
		expect(parsed.success ? {} : formErrors(parsed.issues)).toEqual({
			'date-day': 'Date of the review must be a real date',
			'childViewsHow.1': 'Choose how the child gave their views from the list',
			[ratingField('o2')]: 'Choose how far this outcome got'
		});
	});

	it('takes only the views from the family, and a revision that is not a number as none', () => {
		const state = reviewFormState(form([...complete.filter(([name]) => name !== 'revision'), ['revision', 'x']]));
		expect(v.parse(reviewViewsSchema, reviewFormInput(state, outcomeIds))).toEqual({
			revision: -1,
			childViews: 'I like the park.',
			familyViews: null
		});
	});

	it('shows a saved review as the form that saved it', () => {
		const state = reviewFormState(form(complete));
		const input = v.parse(reviewFormSchema(outcomeIds), reviewFormInput(state, outcomeIds));
		const saved = v.parse(storedReviewSchema, {
			id: 'r1',
			plan_id: 'p1',
			version_id: 'v1',
			status: 'draft',
			date: input.date,
			took_part: JSON.stringify(input.tookPart.map((id) => ({ id, name: id, role: 'other' }))),
			child_took_part: 1,
			family_took_part: 0,
			child_views_how: JSON.stringify(input.childViewsHow),
			progress: JSON.stringify({ o1: input.progress.o1 }),
			child_views: input.childViews,
			family_views: input.familyViews,
			changes_next: input.changesNext,
			revision: 4,
			next_version_id: null,
			completed_at: null,
			completed_by: null
		});
		expect(reviewFormStateOf(saved)).toEqual({
			values: {
				revision: '4',
				date: '2027-03-04',
				childTookPart: 'yes',
				familyTookPart: '',
				changesNext: '',
				childViews: 'I like the park.',
				familyViews: '',
				[ratingField('o1')]: 'achieved',
				[evidenceField('o1')]: 'Sarah meets two friends every Saturday.'
			},
			lists: { tookPart: ['t2', 't3'], childViewsHow: ['drawing'] }
		});
	});
});
