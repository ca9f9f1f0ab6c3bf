import { error } from '@sveltejs/kit';
import { recordAudit } from '$lib/server/db/record-audit';
import { database } from '$lib/server/db/app-database';
import { exportDocument, exportPlan } from '$lib/server/interchange/export';
import { openPlan } from '$lib/server/plans/plan-context';
import type { RequestHandler } from './$types';

/**
 * Downloads the plan in the interchange format (design/plan-format.md): the current version, or
 * `?version=<id>` for one of the plan's past versions. Needs the 'export' action; audited.
 */
export const GET: RequestHandler = async (event) => {
	const ctx = await openPlan(event, 'export');
	const { planRow: plan, account } = ctx;
	const loaded = ctx;
	const versionId = event.url.searchParams.get('version') ?? undefined;
	const db = database();
	// The current version is already loaded; a past one is loaded from its own rows.
	const exported = versionId
		? await exportPlan(db, plan.id, versionId)
		: { ...exportDocument(loaded.document), versionId: loaded.version.id };
	if (!exported) error(404, 'Not found');
	await recordAudit(db, {
		organisation_id: plan.organisation_id,
		account_id: account.id,
		plan_id: plan.id,
		action: 'plan.exported.json',
		item: `version:${exported.versionId}`,
		ip: event.getClientAddress()
	});
	return new Response(exported.text, {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="${exported.fileName}"`,
			'Cache-Control': 'no-store'
		}
	});
};
