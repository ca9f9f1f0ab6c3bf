import { error, type RequestEvent } from '@sveltejs/kit';
import { pdfLengthProblem } from '../../pdf/length-limit';
import { planPdfFileName, type PlanPdfOptions } from '../../pdf/plan/plan-pdf';
import type { PlanDocument } from '../../plan/document';
import { recordAudit } from '../db/record-audit';
import { database } from '../db/app-database';
import type { PlanContext } from '../plans/plan-context';
import { PdfPoolBusyError, renderPlanPdfOffThread } from './pool';

/** For a render's `catch`: a full pool is answered 503 with a plain message; any other failure goes on. */
export function busyAs503(failure: unknown): never {
	if (failure instanceof PdfPoolBusyError) error(503, 'Many PDFs are being made just now. Try again in a minute.');
	throw failure;
}

/** Refuses (422, with a plain message) to make a PDF of a plan too long for one, before any work starts. */
export function refuseIfTooLong(document: PlanDocument): void {
	const tooLong = pdfLengthProblem(document);
	if (tooLong) error(422, tooLong);
}

/** A PDF's bytes as a download named `fileName`, never cached. */
export function pdfAttachment(bytes: Uint8Array, fileName: string): Response {
	// A copy onto a plain ArrayBuffer, which is what a Response body takes.
	return new Response(new Uint8Array(bytes), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `attachment; filename="${fileName}"`,
			'Cache-Control': 'no-store'
		}
	});
}

/**
 * A plan (or one of its versions) as a PDF download, for both PDF routes, an agreed one saying who agreed it
 * and who took part (`options.agreement`): refused with a plain message
 * when the plan is too long to make into one (422) or when the pool is full (503), rendered off the
 * request thread, and the export audited.
 */
export async function planPdfDownload(
	event: Pick<RequestEvent, 'getClientAddress'>,
	{ planRow: plan, account }: Pick<PlanContext, 'planRow' | 'account'>,
	document: PlanDocument,
	options: PlanPdfOptions & { versionId: string }
): Promise<Response> {
	refuseIfTooLong(document);
	const { today, author, agreement } = options;
	const bytes = await renderPlanPdfOffThread(document, { today, author, ...(agreement ? { agreement } : {}) }).catch(
		busyAs503
	);
	await recordAudit(database(), {
		organisation_id: plan.organisation_id,
		account_id: account.id,
		plan_id: plan.id,
		action: 'plan.exported.pdf',
		item: `version:${options.versionId}`,
		ip: event.getClientAddress()
	});
	return pdfAttachment(bytes, planPdfFileName(document));
}
