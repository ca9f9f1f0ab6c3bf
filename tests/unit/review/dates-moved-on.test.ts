import { describe, expect, it } from 'vitest';
import type { PlanDocument, Provision, Step } from '$lib/plan/document';
import { datesMovedOn } from '$lib/review/dates-moved-on';

/** The reviewed version ran from 7 September 2026 to its review on 5 March 2027. */
const previous = { startDate: '2026-09-07', reviewDate: '2027-03-05' };

/** The draft the review on `start` began, with one step and one provision dated as the test needs. */
function next(
	step: Partial<Step>,
	provision: Partial<Provision>,
	plan: { startDate: string; reviewDate?: string } = { startDate: '2027-03-05', reviewDate: '2028-03-05' }
): PlanDocument {
	return {
		format: 'golden-thread/plan',
		version: 1,
		child: { firstName: 'Sarah', lastName: 'Okafor', dateOfBirth: '2012-10-03' },
		plan: { title: 'Sarah’s plan', kind: 'sen-support', status: 'draft', ...plan },
		team: [],
		aspirations: [],
		needs: [],
		outcomes: [
			{
				id: 'o1',
				text: 'By July 2028, Sarah will travel to school on her own.',
				aspirationIds: [],
				needIds: [],
				targetDate: '2028-07-14',
				steps: [{ text: 'Sarah walks to the gate with an adult.', ...step }]
			}
		],
		provision: [{ id: 'p1', text: 'Travel training', outcomeIds: ['o1'], ...provision }]
	};
}

describe('dates moved on after a review', () => {
	it.each([
		{
			name: 'a step three months into the old version is three months into the new one',
			step: { targetDate: '2026-12-07' },
			expected: '2027-06-05'
		},
		{
			name: 'a step due on the review day moves to the new review date',
			step: { targetDate: '2027-03-05' },
			expected: '2028-03-05'
		},
		{
			name: 'a review held early overtakes the steps due before it, which move on',
			step: { targetDate: '2027-02-01' },
			expected: '2027-06-26',
			plan: { startDate: '2027-02-01', reviewDate: '2028-02-01' }
		},
		{
			name: 'a step due at a review held early moves to the new review date',
			step: { targetDate: '2027-03-05' },
			expected: '2028-02-10',
			plan: { startDate: '2027-02-10', reviewDate: '2028-02-10' }
		},
		{
			name: 'a step still to come after the new start stays as written',
			step: { targetDate: '2027-04-30' },
			expected: '2027-04-30'
		},
		{ name: 'a step without a date stays without one', step: {}, expected: undefined },
		{
			name: 'a moved step never lands after the new review date',
			step: { targetDate: '2027-03-01' },
			expected: '2027-06-05',
			plan: { startDate: '2027-03-05', reviewDate: '2027-06-05' }
		},
		{
			name: 'months are calendar months: 31 August + 6 months is the end of February',
			step: { targetDate: '2026-02-28' },
			expected: '2026-09-30',
			previousPlan: { startDate: '2025-08-31', reviewDate: '2026-08-31' },
			plan: { startDate: '2026-03-31', reviewDate: '2027-03-31' }
		}
	])('$name', ({ step, expected, plan, previousPlan }) => {
		const moved = datesMovedOn(next(step, {}, plan), previousPlan ?? previous);
		expect(moved.outcomes[0]!.steps[0]!.targetDate).toBe(expected);
	});

	it.each([
		{
			name: 'running support starts again on the new start; its review keeps its own length (termly)',
			provision: { startDate: '2026-09-14', reviewDate: '2026-12-14' },
			expected: { startDate: '2027-03-05', reviewDate: '2027-06-05' }
		},
		{
			name: 'a review set for the plan’s review moves to the new plan’s review',
			provision: { startDate: '2026-09-14', reviewDate: '2027-03-05' },
			expected: { startDate: '2027-03-05', reviewDate: '2028-03-05' }
		},
		{
			name: 'support that starts later keeps its dates',
			provision: { startDate: '2027-04-19', reviewDate: '2027-07-19' },
			expected: { startDate: '2027-04-19', reviewDate: '2027-07-19' }
		},
		{
			name: 'support starting on the new start keeps it',
			provision: { startDate: '2027-03-05', reviewDate: '2027-06-05' },
			expected: { startDate: '2027-03-05', reviewDate: '2027-06-05' }
		},
		{
			name: 'a review without a start counts from the old plan’s start',
			provision: { reviewDate: '2026-11-07' },
			expected: { reviewDate: '2027-05-05' }
		},
		{
			name: 'support begun before the old plan restarts, its review measured from its own start',
			provision: { startDate: '2026-06-01', reviewDate: '2027-01-01' },
			expected: { startDate: '2027-03-05', reviewDate: '2027-10-05' }
		},
		{
			name: 'a review dated before its own start is put at the new review date',
			provision: { startDate: '2026-10-01', reviewDate: '2026-09-01' },
			expected: { startDate: '2027-03-05', reviewDate: '2028-03-05' }
		},
		{ name: 'undated support stays undated', provision: {}, expected: {} }
	])('$name', ({ provision, expected }) => {
		const [moved] = datesMovedOn(next({}, provision), previous).provision;
		expect({ startDate: moved!.startDate, reviewDate: moved!.reviewDate }).toEqual({
			startDate: undefined,
			reviewDate: undefined,
			...expected
		});
	});

	it('leaves outcomes’ own target dates, and everything else, as they were', () => {
		const before = next({ targetDate: '2026-12-07' }, { startDate: '2026-09-14' });
		before.outcomes[0]!.targetDate = '2027-01-01';
		const moved = datesMovedOn(before, previous);
		expect(moved.outcomes[0]!.targetDate).toBe('2027-01-01');
		expect(moved.plan).toEqual(before.plan);
		expect(before.outcomes[0]!.steps[0]!.targetDate).toBe('2026-12-07');
	});

	it('moves nothing when the new version does not start after the old one', () => {
		const draft = next({ targetDate: '2026-12-07' }, { startDate: '2026-09-14' }, { startDate: '2026-09-07' });
		expect(datesMovedOn(draft, previous)).toEqual(draft);
	});
});
