import { error } from '@sveltejs/kit';
import { planPdfFileName } from '$lib/pdf/plan-pdf';
import { recordAudit } from '$lib/server/audit';
import { today } from '$lib/server/clock';
import { database } from '$lib/server/db/app-database';
import { readOrganisation } from '$lib/server/db/organisations';
import { PdfPoolBusyError, renderPlanPdfOffThread } from '$lib/server/pdf/pool';
import { openPlan } from '$lib/server/plan-context';
import type { RequestHandler } from './$types';

/**
 * The plan as a PDF to share, for everyone with access to it ('export'); rendered in the worker pool so
 * other requests stay fast; audited. A draft says DRAFT on every page.
 */
export const GET: RequestHandler = async (event) => {
	const { plan, account, loaded } = await openPlan(event, 'export');
	const db = database();
	const organisation = await readOrganisation(db, plan.organisation_id);
	const pdf = await renderPlanPdfOffThread(loaded.document, { today: today(), author: organisation?.name ?? 'Golden Thread' }).catch((failure: unknown) => {
		if (failure instanceof PdfPoolBusyError) error(503, 'Many PDFs are being made just now. Try again in a minute.');
		throw failure;
	});
	await recordAudit(db, {
		organisation_id: plan.organisation_id,
		account_id: account.id,
		plan_id: plan.id,
		action: 'plan.exported.pdf',
		item: `version:${loaded.rows.version.id}`,
		ip: event.getClientAddress()
	});
	// A copy onto a plain ArrayBuffer, which is what a Response body takes.
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `attachment; filename="${planPdfFileName(loaded.document)}"`,
			'Cache-Control': 'no-store'
		}
	});
};
