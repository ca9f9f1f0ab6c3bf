import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { typedDateOf } from '$lib/dates/typed-date';
import { startPlanSchema } from '$lib/forms/start-plan';
import { loadPlan } from '$lib/server/db/plan-load';
import { startPlan } from '$lib/server/plans/start-plan';
import { planAudit, starterContext, today, withOrganisation } from './support/seed-plans';

const given = withOrganisation();

/** The form as the coordinator filled it in (dates typed in the three boxes), checked by its own schema. */
const form = ({ reviewDate = '', ...fields }: Record<string, string>) =>
	v.parse(startPlanSchema(today), {
		firstName: 'Sarah',
		lastName: 'Okafor',
		knownAs: '',
		dateOfBirth: typedDateOf('2012-10-03'),
		pronouns: '',
		setting: '',
		communication: '',
		kind: 'sen-support',
		title: '',
		startDate: typedDateOf('2026-09-07'),
		...fields,
		reviewDate: typedDateOf(reviewDate)
	});

describe('startPlan', () => {
	it('starts an empty draft plan for a new child, with the default title and review date, audited', async () => {
		const result = await startPlan(await starterContext(given.temp.db, given.org), form({ knownAs: 'Sar' }), today);
		const plan = (await loadPlan(given.temp.db, result.planId))!;
		expect(plan.planRow.organisation_id).toBe(given.org.organisationId);
		expect(plan.version).toMatchObject({ number: 1, status: 'draft' });
		expect(plan.document.child).toEqual({
			firstName: 'Sarah',
			lastName: 'Okafor',
			knownAs: 'Sar',
			dateOfBirth: '2012-10-03'
		});
		expect(plan.document.plan).toMatchObject({
			title: "Sarah's support plan",
			kind: 'sen-support',
			status: 'draft',
			startDate: '2026-09-07',
			reviewDate: '2027-09-07'
		});
		expect(plan.items).toEqual([]);
		expect(await planAudit(given.temp.db, result.planId)).toEqual([
			{ action: 'plan.created', account_id: given.org.accountId, item: null, ip: '127.0.0.1' }
		]);
	});

	it('keeps the title and review date typed', async () => {
		const result = await startPlan(
			await starterContext(given.temp.db, given.org),
			form({ title: 'Sarah’s EHC plan', reviewDate: '2027-03-01' }),
			today
		);
		const plan = (await loadPlan(given.temp.db, result.planId))!;
		expect(plan.document.plan).toMatchObject({ title: 'Sarah’s EHC plan', reviewDate: '2027-03-01' });
	});
});
