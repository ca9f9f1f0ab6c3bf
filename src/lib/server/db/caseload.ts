import { sql, type Expression } from 'kysely';
import type { Account } from './accounts';
import { birthDatesInYearGroup } from '../../children/year-group';
import type { CaseloadFilters } from '../../forms/caseload-filters';
import { dueSoonUntil } from '../../plan/review-urgency';
import { countsOn } from '../../thread/checker/dated-counts';
import { hasAccessInOrganisation } from './plan-access';
import { newPlanNotesQuery } from './plan-notes';
import { visiblePlans } from './plan-records';
import type { Database } from './schema';
import type { Executor } from './executor';

/** How many plans one page of the caseload shows. */
export const CASELOAD_PAGE_SIZE = 25;

export const caseloadSorts = ['review', 'name'] as const;
export type CaseloadSort = (typeof caseloadSorts)[number];

export interface CaseloadQuery {
	/** What was typed in the search box; matched anywhere in "first last" or "known-as last". */
	search?: string;
	/** Status, kind, how soon the review is, key worker, year group: each left out filters nothing. */
	filters?: CaseloadFilters;
	sort?: CaseloadSort;
	direction?: 'asc' | 'desc';
	/** 1-based. */
	page?: number;
}

export interface CaseloadRow {
	planId: string;
	firstName: string;
	lastName: string;
	knownAs: string | null;
	dateOfBirth: string;
	setting: string | null;
	kind: Database['plan_version']['kind'];
	status: Database['plan_version']['status'];
	title: string;
	reviewDate: string | null;
	/** The thread's counts on the day read (the stored, date-free counts plus today's date-dependent ones). */
	errorCount: number;
	warningCount: number;
	/** The family's notes no review has taken in yet. */
	newNoteCount: number;
}

export interface CaseloadPage {
	rows: CaseloadRow[];
	/** How many plans match the search and filters. */
	total: number;
	/** How many open plans the account may see, matched or not: "12 of 60". */
	all: number;
	page: number;
	pageCount: number;
}

/**
 * A LIKE pattern that matches `text` anywhere, with LIKE's own wildcards taken literally. The search
 * name is stored lower-cased, and so is the pattern, so the match ignores case on SQLite and PostgreSQL
 * alike (PostgreSQL's LIKE is case-sensitive).
 */
export function containsPattern(text: string): string {
	return `%${text.toLocaleLowerCase('en-GB').replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** The plans an account may see that have not been archived, with their child and current version. */
function openPlans(db: Executor, account: Account) {
	return visiblePlans(db, account)
		.innerJoin('child', 'child.id', 'plan.child_id')
		.innerJoin('plan_version', 'plan_version.id', 'plan.current_version_id')
		.where('plan.archived_at', 'is', null);
}

/**
 * Open plans narrowed by the caseload's filters, in the query itself. Dates compare as ISO text, which
 * orders them on SQLite and PostgreSQL alike; the year group is a range of dates of birth.
 */
function filtered(plans: ReturnType<typeof openPlans>, filters: CaseloadFilters, today: string) {
	const { status, kind, review, worker, year } = filters;
	const born = year ? birthDatesInYearGroup(year, today) : {};
	return plans
		.$if(status !== undefined, (q) => q.where('plan_version.status', '=', status!))
		.$if(kind !== undefined, (q) => q.where('plan_version.kind', '=', kind!))
		.$if(review === 'overdue', (q) => q.where('plan_version.review_date', '<', today))
		.$if(review === 'due-soon', (q) =>
			q.where('plan_version.review_date', '>=', today).where('plan_version.review_date', '<=', dueSoonUntil(today))
		)
		.$if(review === 'not-set', (q) => q.where('plan_version.review_date', 'is', null))
		.$if(worker !== undefined, (q) =>
			q.where((eb) =>
				eb.exists(
					eb
						.selectFrom('plan_access as key_access')
						.select('key_access.plan_id')
						.whereRef('key_access.plan_id', '=', 'plan.id')
						.where('key_access.account_id', '=', worker!)
						.where('key_access.key_worker', '=', 1)
				)
			)
		)
		.$if(born.from !== undefined, (q) => q.where('child.date_of_birth', '>=', born.from!))
		.$if(born.to !== undefined, (q) => q.where('child.date_of_birth', '<=', born.to!));
}

/**
 * The order the caseload lists plans in, by the given columns (the plan's own, or those of a page already
 * read): by next review date (soonest first, none last) unless by name, and by plan id last, so that
 * every plan has one place.
 */
function caseloadOrder(
	sort: CaseloadSort,
	direction: 'asc' | 'desc',
	columns: { reviewDate: string; searchName: string; planId: string }
): Array<[Expression<unknown>, 'asc' | 'desc']> {
	const reviewDate = sql.ref(columns.reviewDate);
	const searchName = sql.ref(columns.searchName);
	const keys: Array<[Expression<unknown>, 'asc' | 'desc']> =
		sort === 'name'
			? [
					[searchName, direction],
					[reviewDate, 'asc']
				]
			: [
					// Plans with no review date come last either way: they need one, but have no date to sort by.
					[sql`case when ${reviewDate} is null then 1 else 0 end`, 'asc'],
					[reviewDate, direction],
					[searchName, 'asc']
				];
	return [...keys, [sql.ref(columns.planId), 'asc']];
}

/**
 * The plans an account may see that have not been archived, one page at a time: the child, the plan's
 * current version, its thread counts and its new notes. One query reads the page with how many plans match
 * (and, searched or filtered, how many there are in all); only a page past the last, or none matching,
 * takes the counts apart (and then the last page). The new notes are counted for the page's plans alone,
 * once it is chosen.
 * Sorted by next review date (soonest first, none last) unless asked for by name.
 */
export async function readCaseload(
	db: Executor,
	account: Account,
	today: string,
	query: CaseloadQuery = {}
): Promise<CaseloadPage> {
	const search = query.search?.trim().replace(/\s+/g, ' ') ?? '';
	const filters = query.filters ?? {};
	const narrowed = search !== '' || Object.keys(filters).length > 0;
	const sort = query.sort === 'name' ? 'name' : 'review';
	const direction = query.direction === 'desc' ? 'desc' : 'asc';
	const base = () =>
		filtered(openPlans(db, account), filters, today).$if(search !== '', (q) =>
			q.where(sql<boolean>`${sql.ref('child.search_name')} like ${containsPattern(search)} escape '!'`)
		);
	const count = async (plans: ReturnType<typeof openPlans>) =>
		Number(
			(await plans.select((eb) => eb.fn.countAll<number | string | bigint>().as('total')).executeTakeFirst())?.total ??
				0
		);

	const readPage = (page: number) => {
		// The page is chosen from narrow rows (the plan and what it is sorted by), counted as they are chosen;
		// the page's own plans alone are then read whole.
		let chosen = base()
			.select((eb) => [
				'plan.id as planId',
				'plan_version.review_date as reviewDate',
				'child.search_name as searchName',
				// Counted over every plan that matches, before the page is cut from them.
				eb.fn.countAll<number | string | bigint>().over().as('total')
			])
			.$if(narrowed, (q) =>
				q.select(
					openPlans(db, account)
						.select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
						.as('allPlans')
				)
			)
			.limit(CASELOAD_PAGE_SIZE)
			.offset((page - 1) * CASELOAD_PAGE_SIZE);
		const order = caseloadOrder(sort, direction, {
			reviewDate: 'plan_version.review_date',
			searchName: 'child.search_name',
			planId: 'plan.id'
		});
		for (const [key, way] of order) chosen = chosen.orderBy(key, way);
		let rows = db
			.selectFrom(chosen.as('page'))
			.innerJoin('plan', 'plan.id', 'page.planId')
			.innerJoin('child', 'child.id', 'plan.child_id')
			.innerJoin('plan_version', 'plan_version.id', 'plan.current_version_id')
			.selectAll('page')
			.select((eb) => [
				'child.first_name as firstName',
				'child.last_name as lastName',
				'child.known_as as knownAs',
				'child.date_of_birth as dateOfBirth',
				'child.setting as setting',
				'plan_version.kind as kind',
				'plan_version.status as status',
				'plan_version.title as title',
				'plan_version.error_count as errorCount',
				'plan_version.warning_count as warningCount',
				newPlanNotesQuery(eb.ref('page.planId')).as('newNoteCount')
			]);
		// The page's rows again in the caseload's order: a query's order is only the one it states.
		const pageOrder = caseloadOrder(sort, direction, {
			reviewDate: 'page.reviewDate',
			searchName: 'page.searchName',
			planId: 'page.planId'
		});
		for (const [key, way] of pageOrder) rows = rows.orderBy(key, way);
		return rows.execute();
	};

	let page = Math.max(1, Math.trunc(query.page ?? 1) || 1);
	let rows = await readPage(page);
	let total: number;
	let all: number;
	if (rows[0]) {
		total = Number(rows[0].total);
		all = narrowed ? Number(rows[0].allPlans ?? 0) : total;
	} else {
		// No plan matches, or the page asked for is past the last: the counts alone, and the last page.
		total = await count(base());
		all = narrowed ? await count(openPlans(db, account)) : total;
		const last = Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE));
		if (page > last) {
			page = last;
			if (total > 0) rows = await readPage(page);
		}
	}
	return {
		rows: rows.map(({ newNoteCount, searchName: _searchName, total: _total, allPlans: _allPlans, ...row }) => ({
			...row,
			newNoteCount: Number(newNoteCount ?? 0),
			...countsOn(row, { status: row.status, ...(row.reviewDate ? { reviewDate: row.reviewDate } : {}) }, today)
		})),
		total,
		all,
		page,
		pageCount: Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE))
	};
}

/** The caseload's review dates, for its calendar: every open plan the account may see, soonest first. */
export function readCaseloadReviewDates(db: Executor, account: Account) {
	return openPlans(db, account)
		.select([
			'plan.id as planId',
			'child.first_name as firstName',
			'child.last_name as lastName',
			'plan_version.review_date as reviewDate',
			'plan_version.updated_at as changedAt'
		])
		.orderBy('plan_version.review_date')
		.orderBy('plan.id')
		.execute();
}

/** The staff who are key worker of at least one of the organisation's plans, by name: the caseload's key worker filter. */
export function readKeyWorkers(db: Executor, organisationId: string) {
	return db
		.selectFrom('account')
		.select(['account.id', 'account.name'])
		.where('account.organisation_id', '=', organisationId)
		.where((eb) => hasAccessInOrganisation(eb, organisationId, true))
		.orderBy('account.name')
		.orderBy('account.id')
		.execute();
}
