import { database } from '$lib/server/db/app-database';
import { auditPageSize, readAuditLog } from '$lib/server/db/audit-log';
import { planHeader } from '$lib/server/db/plan-details';
import { openPlan } from '$lib/server/plans/plan-context';
import type { PageServerLoad } from './$types';

/** The plan's own audit log, for its editors (access.md): who viewed, changed, agreed and downloaded it. */
export const load: PageServerLoad = async (event) => {
	const opened = await openPlan(event, 'view-audit');
	const requested = Number(event.url.searchParams.get('page') ?? '1');
	const { rows, total } = await readAuditLog(
		database(),
		opened.planRow.organisation_id,
		{ planId: opened.planRow.id },
		1
	);
	const pageCount = Math.max(1, Math.ceil(total / auditPageSize));
	const page = Number.isInteger(requested) && requested >= 1 && requested <= pageCount ? requested : 1;
	const shown =
		page === 1
			? rows
			: (await readAuditLog(database(), opened.planRow.organisation_id, { planId: opened.planRow.id }, page)).rows;
	return {
		header: planHeader(opened),
		planId: opened.planRow.id,
		rows: shown.map((row) => ({
			id: row.id,
			at: row.at,
			who: row.account_name ?? 'Someone no longer here',
			action: row.action,
			item: row.item
		})),
		page,
		pageCount,
		total
	};
};
