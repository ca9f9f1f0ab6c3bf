import { auditEntryText } from '$lib/audit/audited-item';
import { auditItemTexts } from '$lib/server/audit-log/audit-item-texts';
import { auditPageSize, readAuditLog } from '$lib/server/db/audit-log';
import { planHeader } from '$lib/server/db/plan-details';
import { openPlan } from '$lib/server/plans/plan-context';
import type { PageServerLoad } from './$types';

/**
 * The plan's own audit log, for its editors (access.md): who viewed, changed, agreed and downloaded it, and
 * which item each change was to, named as the plan has it now.
 */
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
	const itemTexts = await auditItemTexts(ctx.db, shown);
	return {
		header: planHeader(ctx),
		planId,
		rows: shown.map((row, index) => ({
			id: row.id,
			at: row.at,
			who: row.account_name ?? 'Someone no longer here',
			what: auditEntryText(row.action, itemTexts[index] ?? null)
		})),
		page,
		pageCount,
		total: first.total
	};
};
