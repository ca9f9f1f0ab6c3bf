import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearGroupOf, yearGroups } from '$lib/children/year-group';
import { readCaseloadFilters } from '$lib/forms/caseload-filters';
import { reviewUrgency } from '$lib/plan/review-urgency';
import type { Account } from '$lib/server/db/accounts';
import { readCaseload, readKeyWorkers } from '$lib/server/db/caseload';
import { createOrganisation } from '$lib/server/db/organisations';
import { grantPlanAccess, setKeyWorker } from '$lib/server/db/plan-access';
import { seedCaseloadRows, type SeededCaseload } from '../bench/builder';
import { seedAccount } from './support/accounts';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase;
let seeded: SeededCaseload;
const at = '2026-11-22T09:00:00.000Z';
const today = '2026-11-22';

let coordinator: Account;
let keyWorker: Account;

/** Every plan id the filters let through, across all pages. */
async function allIds(filters: Parameters<typeof readCaseloadFilters>[0]) {
	const first = await readCaseload(temp.db, coordinator, today, { filters: readCaseloadFilters(filters) });
	const ids = first.rows.map((row) => row.planId);
	for (let page = 2; page <= first.pageCount; page++)
		ids.push(
			...(await readCaseload(temp.db, coordinator, today, { filters: readCaseloadFilters(filters), page })).rows.map(
				(row) => row.planId
			)
		);
	return { total: first.total, all: first.all, ids: ids.sort() };
}

beforeAll(async () => {
	temp = await createTempDatabase();
	await createOrganisation(temp.db, { id: 'riverside', name: 'Riverside Academy', kind: 'school', created_at: at });
	coordinator = await seedAccount(temp.db, { id: 'coordinator', organisationId: 'riverside', role: 'coordinator' });
	keyWorker = await seedAccount(temp.db, { id: 'kw', organisationId: 'riverside', role: 'practitioner' });
	seeded = await seedCaseloadRows(temp.db, { organisationId: 'riverside', count: 60 });
	// Dates of birth spread over the school years, and every third plan agreed.
	for (const [index, row] of seeded.open.entries()) {
		const born = `20${String(8 + (index % 16)).padStart(2, '0')}-${index % 2 ? '03' : '10'}-15`;
		await temp.db
			.updateTable('child')
			.set({ date_of_birth: born })
			.where('id', '=', row.planId.replace(/^p-/, 'c-'))
			.execute();
		if (index % 3 === 0)
			await temp.db
				.updateTable('plan_version')
				.set({ status: 'agreed' })
				.where('id', '=', row.planId.replace(/^p-/, 'v-'))
				.execute();
	}
	for (const row of seeded.open.slice(0, 4)) {
		await grantPlanAccess(temp.db, row.planId, keyWorker.id, 'editor', coordinator.id);
		await setKeyWorker(temp.db, { id: row.planId, organisationId: 'riverside' }, keyWorker.id);
	}
	// Shared with her, but someone else's key work: not hers.
	await grantPlanAccess(temp.db, seeded.open[5]!.planId, keyWorker.id, 'viewer', coordinator.id);
});
afterAll(() => temp.dispose());

describe('the caseload filters, applied in the query', () => {
	it('keeps status, kind, review, key worker and year group from the address, dropping values that are not choices', () => {
		const params = new URLSearchParams('status=agreed&kind=ehc-plan&review=overdue&worker=kw&year=year-6&other=1');
		expect(readCaseloadFilters(params)).toEqual({
			status: 'agreed',
			kind: 'ehc-plan',
			review: 'overdue',
			worker: 'kw',
			year: 'year-6'
		});
		expect(readCaseloadFilters(new URLSearchParams('status=archived&kind=x&year=year-14&review='))).toEqual({});
	});

	it('filters by status and kind, and counts the plans out of all', async () => {
		const rows = await temp.db
			.selectFrom('plan')
			.innerJoin('plan_version', 'plan_version.id', 'plan.current_version_id')
			.select(['plan.id', 'plan_version.status', 'plan_version.kind'])
			.where('plan.archived_at', 'is', null)
			.execute();
		const agreedEhc = rows.filter((row) => row.status === 'agreed' && row.kind === 'ehc-plan').map((row) => row.id);
		expect(agreedEhc.length).toBeGreaterThan(0);
		const found = await allIds(new URLSearchParams('status=agreed&kind=ehc-plan'));
		expect(found.ids).toEqual(agreedEhc.sort());
		expect(found.total).toBe(agreedEhc.length);
		expect(found.all).toBe(seeded.open.length);
	});

	it('filters overdue, due soon and no date as the caseload marks them', async () => {
		for (const review of ['overdue', 'due-soon'] as const) {
			const expected = seeded.open.filter((row) => reviewUrgency(row.reviewDate, today) === review);
			expect(expected.length, review).toBeGreaterThan(0);
			expect((await allIds(new URLSearchParams({ review }))).ids).toEqual(expected.map((row) => row.planId).sort());
		}
		const none = seeded.open.filter((row) => row.reviewDate === null).map((row) => row.planId);
		expect((await allIds(new URLSearchParams({ review: 'not-set' }))).ids).toEqual(none.sort());
	});

	it("filters by year group, as each child's date of birth gives it", async () => {
		// Born in March 2015: Year 7 in the 2026/27 school year.
		const rows = await readCaseload(temp.db, coordinator, today, { filters: { year: 'year-7' } });
		expect(rows.total).toBeGreaterThan(0);
		for (const row of rows.rows) expect(yearGroupOf(row.dateOfBirth, today)).toBe('year-7');
		const everyone = await allIds(new URLSearchParams());
		let counted = 0;
		for (const year of yearGroups)
			counted += (await readCaseload(temp.db, coordinator, today, { filters: { year } })).total;
		// Each child is in exactly one year group.
		expect(counted).toBe(everyone.total);
	});

	it('filters by key worker: the plans she is key worker of, not those merely shared with her', async () => {
		const found = await allIds(new URLSearchParams({ worker: keyWorker.id }));
		expect(found.ids).toEqual(
			seeded.open
				.slice(0, 4)
				.map((row) => row.planId)
				.sort()
		);
		expect(await readKeyWorkers(temp.db, 'riverside')).toEqual([{ id: 'kw', name: 'Person kw' }]);
		expect((await allIds(new URLSearchParams({ worker: 'coordinator' }))).total).toBe(0);
	});

	it('a plan has one key worker at most, and only staff it is shared with can be one', async () => {
		const plan = { id: seeded.open[0]!.planId, organisationId: 'riverside' };
		expect(await setKeyWorker(temp.db, plan, 'coordinator')).toBe(false);
		expect((await allIds(new URLSearchParams({ worker: keyWorker.id }))).total).toBe(4);
		await grantPlanAccess(temp.db, plan.id, coordinator.id, 'editor', coordinator.id);
		expect(await setKeyWorker(temp.db, plan, 'coordinator')).toBe(true);
		const keyWorkers = await temp.db
			.selectFrom('plan_access')
			.select('account_id')
			.where('plan_id', '=', plan.id)
			.where('key_worker', '=', 1)
			.execute();
		expect(keyWorkers).toEqual([{ account_id: 'coordinator' }]);
		expect((await allIds(new URLSearchParams({ worker: keyWorker.id }))).total).toBe(3);
	});
});
