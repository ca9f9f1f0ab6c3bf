import { redirect } from '@sveltejs/kit';
import { yearGroupLabels, yearGroupOf } from '$lib/children/year-group';
import { formatUkDate } from '$lib/dates/format';
import { readCaseloadFilters } from '$lib/forms/caseload-filters';
import { newNotesLabel } from '$lib/notes/new-notes-label';
import { planKindLabels, planStatusLabels } from '$lib/plan/labels';
import { reviewUrgency } from '$lib/plan/review-urgency';
import { today } from '$lib/server/clock/clock';
import { readCaseload, readKeyWorkers, type CaseloadSort } from '$lib/server/db/caseload';
import { mayStartPlans, openAccount, type AccountContext } from '$lib/server/plans/account-context';
import type { PageServerLoad } from './$types';

/**
 * A family account's home: their child's plan when they have one open plan, else a short list of their
 * children's plans (no search, sorting or thread counts: those are for the staff's caseload).
 */
async function familyHome(ctx: AccountContext, on: string) {
	const { rows } = await readCaseload(ctx.db, ctx.account, on);
	const [only] = rows;
	if (rows.length === 1 && only) redirect(303, `/plans/${only.planId}`);
	return rows.map((row) => ({
		id: row.planId,
		name: `${row.knownAs ?? row.firstName} ${row.lastName}`,
		title: row.title,
		reviewDate: row.reviewDate ? formatUkDate(row.reviewDate) : null
	}));
}

/**
 * The caseload: the open plans this account may see, searched, filtered, sorted and a page at a time (GET
 * only, so the address keeps the choices and the form works without JavaScript).
 * A family account gets its own home instead.
 */
export const load: PageServerLoad = async (event) => {
	const ctx = openAccount(event);
	const { db, account } = ctx;
	if (account.organisation_id === null) return { family: await familyHome(ctx, today()) };
	const { url } = event;
	const search = (url.searchParams.get('q') ?? '').slice(0, 200).trim();
	const sort: CaseloadSort = url.searchParams.get('sort') === 'name' ? 'name' : 'review';
	const direction = url.searchParams.get('dir') === 'desc' ? 'desc' : 'asc';
	const requested = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
	const filters = readCaseloadFilters(url.searchParams);
	const on = today();
	const [caseload, keyWorkers] = await Promise.all([
		readCaseload(db, account, on, {
			search,
			filters,
			sort,
			direction,
			page: Number.isFinite(requested) ? requested : 1
		}),
		readKeyWorkers(db, account.organisation_id)
	]);
	return {
		canStart: mayStartPlans(account),
		search,
		filters,
		keyWorkers,
		sort,
		direction,
		page: caseload.page,
		pageCount: caseload.pageCount,
		total: caseload.total,
		all: caseload.all,
		pageSize: 25,
		plans: caseload.rows.map((row) => ({
			id: row.planId,
			name: `${row.firstName} ${row.lastName}`,
			knownAs: row.knownAs && row.knownAs !== row.firstName ? row.knownAs : null,
			yearGroup: yearGroupLabels[yearGroupOf(row.dateOfBirth, on)],
			setting: row.setting,
			kind: planKindLabels[row.kind],
			status: planStatusLabels[row.status],
			reviewDate: row.reviewDate ? formatUkDate(row.reviewDate) : null,
			urgency: reviewUrgency(row.reviewDate, on),
			errors: row.errorCount,
			warnings: row.warningCount,
			newNotes: row.newNoteCount > 0 ? newNotesLabel(row.newNoteCount) : null
		}))
	};
};
