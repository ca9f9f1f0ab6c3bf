import { error } from '@sveltejs/kit';
import { pdfLengthProblem } from '$lib/pdf/length-limit';
import { withoutAccountIds } from '$lib/plan/without-account-ids';
import { today } from '$lib/server/clock/clock';
import { readAccount } from '$lib/server/db/accounts';
import { versionDocument } from '$lib/server/db/plan-versions';
import { planSummary } from '$lib/server/plan-item-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import type { PageServerLoad } from './$types';

/** One version of the plan, read-only: an agreed one from its frozen snapshot, as it was agreed. */
export const load: PageServerLoad = async (event) => {
	const plan = await openPlan(event, 'view');
	const version = await versionDocument(plan.db, plan.planRow.id, event.params.versionId, today());
	if (!version) error(404, 'Not found');
	const agreedBy = version.version.agreed_by ? await readAccount(plan.db, version.version.agreed_by) : undefined;
	return {
		...planSummary(plan),
		version: {
			id: version.version.id,
			number: version.version.number,
			status: version.version.status,
			agreedAt: version.version.agreed_at,
			agreedBy: version.version.agreed_at ? (agreedBy?.name ?? 'Someone no longer with the organisation') : null,
			current: version.version.id === plan.planRow.current_version_id
		},
		// The page shows who said the words by name; account ids are the server's, not the reader's.
		document: withoutAccountIds(version.document),
		frozen: version.frozen,
		canExport: plan.actions.has('export'),
		pdfProblem: pdfLengthProblem(version.document)
	};
};
