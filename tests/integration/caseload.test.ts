import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '$lib/server/db/accounts';
import { CASELOAD_PAGE_SIZE, containsPattern, readCaseload } from '$lib/server/db/caseload';
import { createOrganisation } from '$lib/server/db/organisations';
import { seedCaseloadRows, type SeededCaseload } from '../bench/builder';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase;
let riverside: SeededCaseload;
const at = '2026-11-22T09:00:00.000Z';
const today = '2026-11-22';

function account(id: string, organisationId: string | null, role: Account['role']): Account {
	return {
		id,
		email: `${id}@example.org`,
		name: id,
		password_hash: 'x',
		organisation_id: organisationId,
		role,
		totp_key: null,
		totp_last_counter: null,
		disabled_at: null,
		professional_role: null,
		professional_organisation: null,
		created_at: at
	};
}
const coordinator = account('coordinator', 'riverside', 'coordinator');
const practitioner = account('practitioner', 'riverside', 'practitioner');
const stranger = account('stranger', 'hillside', 'coordinator');

/** The order the caseload promises: review date soonest first, none last, then name, then id. */
function byReviewDate(a: SeededCaseload['open'][number], b: SeededCaseload['open'][number]): number {
	const key = (row: typeof a) =>
		[row.reviewDate === null ? 1 : 0, row.reviewDate ?? '', row.searchName, row.planId] as const;
	const [x, y] = [key(a), key(b)];
	for (let i = 0; i < x.length; i++) if (x[i]! !== y[i]!) return x[i]! < y[i]! ? -1 : 1;
	return 0;
}

beforeAll(async () => {
	temp = await createTempDatabase();
	await createOrganisation(temp.db, { id: 'riverside', name: 'Riverside Academy', kind: 'school', created_at: at });
	await createOrganisation(temp.db, { id: 'hillside', name: 'Hillside School', kind: 'school', created_at: at });
	for (const a of [coordinator, practitioner, stranger]) await temp.db.insertInto('account').values(a).execute();
	riverside = await seedCaseloadRows(temp.db, { organisationId: 'riverside', count: 10_000 });
	await seedCaseloadRows(temp.db, { organisationId: 'hillside', count: 300 });
	// The practitioner has been given three plans; one of them is archived.
	const archived = (
		await temp.db
			.selectFrom('plan')
			.select('id')
			.where('organisation_id', '=', 'riverside')
			.where('archived_at', 'is not', null)
			.executeTakeFirstOrThrow()
	).id;
	for (const planId of [riverside.open[10]!.planId, riverside.open[20]!.planId, archived]) {
		await temp.db
			.insertInto('plan_access')
			.values({
				plan_id: planId,
				account_id: practitioner.id,
				level: 'editor',
				granted_by: coordinator.id,
				granted_at: at
			})
			.execute();
	}
});
afterAll(() => temp.dispose());

describe('the caseload', () => {
	it("shows a coordinator the first 25 of their organisation's open plans, soonest review first and none last", async () => {
		const page = await readCaseload(temp.db, coordinator, today);
		const expected = [...riverside.open].sort(byReviewDate);
		expect(page.total).toBe(9800);
		expect(page.total).toBe(expected.length);
		expect(page.pageCount).toBe(392);
		expect(page.rows).toHaveLength(CASELOAD_PAGE_SIZE);
		expect(page.rows.map((row) => row.planId)).toEqual(expected.slice(0, 25).map((row) => row.planId));
		const last = await readCaseload(temp.db, coordinator, today, { page: 392 });
		expect(last.rows.map((row) => row.planId)).toEqual(expected.slice(9775).map((row) => row.planId));
		expect(last.rows.at(-1)!.reviewDate).toBeNull();
	});

	it('gives the second page the next 25, and clamps a page past the end to the last', async () => {
		const expected = [...riverside.open].sort(byReviewDate);
		const second = await readCaseload(temp.db, coordinator, today, { page: 2 });
		expect(second.page).toBe(2);
		expect(second.rows.map((row) => row.planId)).toEqual(expected.slice(25, 50).map((row) => row.planId));
		expect((await readCaseload(temp.db, coordinator, today, { page: 99_999 })).page).toBe(392);
		expect((await readCaseload(temp.db, coordinator, today, { page: -3 })).page).toBe(1);
	});

	it('sorts by name, both ways', async () => {
		const ascending = await readCaseload(temp.db, coordinator, today, { sort: 'name' });
		const names = [...riverside.open].map((row) => row.searchName).sort();
		expect(ascending.rows.map((row) => `${row.firstName} ${row.lastName}`.toLowerCase())).toEqual(names.slice(0, 25));
		const descending = await readCaseload(temp.db, coordinator, today, { sort: 'name', direction: 'desc' });
		expect(descending.rows.map((row) => `${row.firstName} ${row.lastName}`.toLowerCase())).toEqual(
			names.reverse().slice(0, 25)
		);
	});

	it('finds children by any part of their name, ignoring case, and takes % and _ literally', async () => {
		const found = await readCaseload(temp.db, coordinator, today, { search: '  SARAH   okafor1' });
		expect(found.total).toBeGreaterThan(0);
		for (const row of found.rows) expect(`${row.firstName} ${row.lastName}`.toLowerCase()).toContain('sarah okafor1');
		expect(found.total).toBe(riverside.open.filter((row) => row.searchName.includes('sarah okafor1')).length);
		expect((await readCaseload(temp.db, coordinator, today, { search: "o'brien" })).total).toBeGreaterThan(0);
		expect((await readCaseload(temp.db, coordinator, today, { search: '%' })).total).toBe(0);
		expect((await readCaseload(temp.db, coordinator, today, { search: '_' })).total).toBe(0);
		expect((await readCaseload(temp.db, coordinator, today, { search: 'nobody by this name' })).rows).toEqual([]);
		expect(containsPattern('50%_off!')).toBe('%50!%!_off!!%');
	});

	it("never shows another organisation's plans", async () => {
		const theirs = await readCaseload(temp.db, stranger, today);
		expect(theirs.total).toBe(294);
		expect(theirs.rows.every((row) => row.planId.startsWith('p-hillside-'))).toBe(true);
		const ours = await readCaseload(temp.db, coordinator, today, { search: 'a', page: 50 });
		expect(ours.rows.every((row) => row.planId.startsWith('p-riverside-'))).toBe(true);
	});

	it('shows a practitioner only the open plans granted to them', async () => {
		const theirs = await readCaseload(temp.db, practitioner, today);
		expect(theirs.total).toBe(2);
		expect(theirs.rows.map((row) => row.planId).sort()).toEqual(
			[riverside.open[10]!.planId, riverside.open[20]!.planId].sort()
		);
		const family = account('family', null, null);
		await temp.db.insertInto('account').values(family).execute();
		expect((await readCaseload(temp.db, family, today)).total).toBe(0);
	});

	it('counts an overdue review on the day its date passes, with nothing edited', async () => {
		const due = riverside.open.find((row) => row.reviewDate !== null)!;
		const reviewDate = due.reviewDate!;
		const dayAfter = new Date(Date.parse(`${reviewDate}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
		const find = async (day: string) =>
			(await readCaseload(temp.db, coordinator, day, { search: due.searchName })).rows.find(
				(row) => row.planId === due.planId
			)!;
		const onTheDay = await find(reviewDate);
		const next = await find(dayAfter);
		expect(next.warningCount).toBe(onTheDay.warningCount + 1);
		expect(next.errorCount).toBe(onTheDay.errorCount);
	});

	it('reads a page, its count and the count of all in one statement; a page past the last, or none found, in three or four', async () => {
		let statements = 0;
		// Each statement's result passes through once (its query, with every subquery in it, more often).
		const counted = temp.db.withPlugin({
			transformQuery: ({ node }) => node,
			transformResult: async ({ result }) => (statements++, result)
		});
		const read = async (query: Parameters<typeof readCaseload>[3]) => {
			statements = 0;
			const page = await readCaseload(counted, coordinator, today, query);
			return { page, statements };
		};
		const second = await read({ page: 2 });
		expect(second.statements).toBe(1);
		expect([second.page.total, second.page.all, second.page.pageCount]).toEqual([9800, 9800, 392]);
		const searched = await read({ search: 'sarah', sort: 'name' });
		expect(searched.statements).toBe(1);
		expect(searched.page.all).toBe(9800);
		expect(searched.page.total).toBe(riverside.open.filter((row) => row.searchName.includes('sarah')).length);
		// Past the last page: the empty page, the count, and the last page read again (and the count of all, searched).
		const past = await read({ page: 99_999 });
		expect(past.statements).toBe(3);
		expect([past.page.page, past.page.total, past.page.rows.length]).toEqual([392, 9800, 9800 - 391 * 25]);
		const searchedPast = await read({ search: 'sarah', sort: 'name', page: 99_999 });
		expect(searchedPast.statements).toBe(4);
		expect([searchedPast.page.page, searchedPast.page.total, searchedPast.page.all]).toEqual([
			searched.page.pageCount,
			searched.page.total,
			9800
		]);
		const nobody = await read({ search: 'nobody by this name' });
		expect(nobody.statements).toBe(3);
		expect([nobody.page.rows, nobody.page.total, nobody.page.all, nobody.page.page]).toEqual([[], 0, 9800, 1]);
	});

	it('answers a page in one query, quickly, with 10,000 plans', async () => {
		const started = performance.now();
		for (let i = 0; i < 10; i++) await readCaseload(temp.db, coordinator, today, { page: i + 1 });
		expect((performance.now() - started) / 10).toBeLessThan(250);
	});
});
