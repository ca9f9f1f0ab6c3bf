import { today } from '$lib/server/clock/clock';
import { readOrganisation } from '$lib/server/db/organisations';
import { agreementOf } from '$lib/server/db/plan-agree';
import { planPdfDownload } from '$lib/server/pdf/plan-pdf-download';
import { openPlan } from '$lib/server/plans/plan-context';
import type { RequestHandler } from './$types';

/** The plan as a PDF to share, for everyone with access to it ('export'). A draft says DRAFT on every page. */
export const GET: RequestHandler = async (event) => {
	const ctx = await openPlan(event, 'export');
	const organisation = await readOrganisation(ctx.db, ctx.planRow.organisation_id);
	return planPdfDownload(event, ctx, ctx.document, {
		today: today(),
		author: organisation?.name ?? 'Golden Thread',
		agreement: await agreementOf(ctx.db, ctx.version),
		versionId: ctx.version.id
	});
};
