import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { storedReviewSchema } from '$lib/review/stored-review';

/** A review row as the `review` table holds it, after a save. */
const row = {
	id: 'r1',
	plan_id: 'p1',
	version_id: 'v1',
	status: 'draft',
	date: '2027-03-04',
	took_part: JSON.stringify([{ id: 't2', name: 'Grace Okafor', role: 'parent-carer' }]),
	child_took_part: 1,
	family_took_part: 0,
	child_views_how: JSON.stringify(['meeting', 'drawing']),
	progress: JSON.stringify({ o1: { rating: 'achieved', evidence: 'Sarah meets two friends every Saturday.' }, o2: {} }),
	child_views: 'I like the park.',
	family_views: null,
	changes_next: null,
	revision: 2,
	next_version_id: null,
	completed_at: null,
	completed_by: null,
	created_at: '2027-03-01T10:00:00.000Z',
	created_by: 'acc1',
	updated_at: '2027-03-04T10:00:00.000Z',
	updated_by: 'acc1'
};

/** The problems valibot finds in `value`, as "path: message". */
function problems(value: unknown): string[] {
	const parsed = v.safeParse(storedReviewSchema, value);
	return parsed.success ? [] : parsed.issues.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`);
}

describe('a stored review read back through the review schema', () => {
	it('reads a saved row into the review: JSON columns parsed, ticks as booleans, bookkeeping left out', () => {
		expect(v.parse(storedReviewSchema, row)).toEqual({
			id: 'r1',
			planId: 'p1',
			versionId: 'v1',
			status: 'draft',
			date: '2027-03-04',
			tookPart: [{ id: 't2', name: 'Grace Okafor', role: 'parent-carer' }],
			childTookPart: true,
			familyTookPart: false,
			childViewsHow: ['meeting', 'drawing'],
			progress: { o1: { rating: 'achieved', evidence: 'Sarah meets two friends every Saturday.' }, o2: {} },
			childViews: 'I like the park.',
			familyViews: null,
			changesNext: null,
			revision: 2,
			nextVersionId: null,
			completedAt: null,
			completedBy: null
		});
	});

	it('reads a review just started, with nothing recorded but its date', () => {
		expect(
			v.parse(storedReviewSchema, { ...row, took_part: '[]', child_views_how: '[]', progress: '{}', child_views: null })
		).toMatchObject({ tookPart: [], childViewsHow: [], progress: {}, childViews: null });
	});

	it('refuses a JSON column that is not JSON, at its name', () => {
		expect(problems({ ...row, progress: '{"o1": {"rating": "achi' })).toEqual(['progress: Expected JSON text']);
		expect(problems({ ...row, took_part: '' })).toEqual(['took_part: Expected JSON text']);
	});

	it('refuses JSON that is not what the review holds, at the place it goes wrong', () => {
		expect(problems({ ...row, progress: JSON.stringify({ o1: { rating: 'brilliant' } }) })).toEqual([
			'progress.o1.rating: Invalid type: Expected ("achieved" | "good-progress" | "some-progress" | "no-progress" | "no-longer-relevant") but received "brilliant"'
		]);
		expect(problems({ ...row, progress: '[]' })).toEqual(['progress: Expected an object of outcome ids']);
		expect(problems({ ...row, took_part: JSON.stringify([{ name: 'Grace Okafor' }]) })).toEqual([
			'took_part.0.id: Invalid key: Expected "id" but received undefined',
			'took_part.0.role: Invalid key: Expected "role" but received undefined'
		]);
		expect(problems({ ...row, child_views_how: JSON.stringify(['by post']) })).toEqual([
			'child_views_how.0: Invalid type: Expected ("meeting" | "beforehand" | "drawing" | "trusted-adult") but received "by post"'
		]);
	});

	it('refuses a tick that is neither 0 nor 1, and a date that is not a date', () => {
		expect(
			problems({ ...row, child_took_part: 2, date: '2027-02-30' }).map((problem) => problem.split(':')[0])
		).toEqual(['date', 'child_took_part']);
	});
});
