import { auditPageSize, readAuditLog } from '$lib/server/db/audit-log';
import { planHeader } from '$lib/server/db/plan-details';
import { openPlan } from '$lib/server/plans/plan-context';
import type { PageServerLoad } from './$types';

/** The plan's own audit log, for its editors (access.md): who viewed, changed, agreed and downloaded it. */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view-audit');
	const { organisation_id: organisationId, id: planId } = ctx.planRow;
	const readPage = (page: number) => readAuditLog(ctx.db, organisationId, { planId }, page);
	const requested = Number(event.url.searchParams.get('page') ?? '1');
	const first = await readPage(1);
	const pageCount = Math.max(1, Math.ceil(first.total / auditPageSize));
	// A page that is not there (past the end, or not a number) shows the first instead.
	const page = Number.isInteger(requested) && requested >= 1 && requested <= pageCount ? requested : 1;
	const shown = page === 1 ? first.rows : (await readPage(page)).rows;
	return {
		header: planHeader(ctx),
		planId,
		rows: shown.map((row) => ({
			id: row.id,
			at: row.at,
			who: row.account_name ?? 'Someone no longer here',
			action: row.action,
			item: row.item
		})),
		page,
		pageCount,
		total: first.total
	};
};
