import { error } from '@sveltejs/kit';
import { planPdfFileName } from '$lib/pdf/plan-pdf';
import { recordAudit } from '$lib/server/audit';
import { today } from '$lib/server/clock';
import { database } from '$lib/server/db/app-database';
import { versionDocument } from '$lib/server/db/plan-versions';
import { renderPlanPdfOffThread } from '$lib/server/pdf/pool';
import { openPlan } from '$lib/server/plan-context';
import type { RequestHandler } from './$types';

/**
 * The PDF of one version: an agreed version from its frozen snapshot (never the live rows), dated the
 * day it was agreed, so it comes out the same every time; a draft from its rows. Needs 'export'; audited.
 */
export const GET: RequestHandler = async (event) => {
	const { plan, account } = await openPlan(event, 'export');
	const db = database();
	const version = await versionDocument(db, plan.id, event.params.versionId, today());
	if (!version) error(404, 'Not found');
	const organisation = await db.selectFrom('organisation').select('name').where('id', '=', plan.organisation_id).executeTakeFirst();
	const bytes = await renderPlanPdfOffThread(version.document, {
		today: version.frozen && version.version.agreed_at ? version.version.agreed_at.slice(0, 10) : today(),
		author: organisation?.name ?? 'Golden Thread'
	});
	await recordAudit(db, { organisation_id: plan.organisation_id, account_id: account.id, plan_id: plan.id, action: 'plan.exported.pdf', item: `version:${version.version.id}`, ip: event.getClientAddress() });
	return new Response(bytes as unknown as BodyInit, {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `attachment; filename="${planPdfFileName(version.document)}"`,
			'Cache-Control': 'no-store'
		}
	});
};
