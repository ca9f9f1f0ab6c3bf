import { error } from '@sveltejs/kit';
import { today } from '$lib/server/clock/clock';
import { readOrganisation } from '$lib/server/db/organisations';
import { agreementOf } from '$lib/server/db/plan-agree';
import { versionDocument } from '$lib/server/db/plan-versions';
import { planPdfDownload } from '$lib/server/pdf/plan-pdf-download';
import { openPlan } from '$lib/server/plans/plan-context';
import type { RequestHandler } from './$types';

/**
 * The PDF of one version: an agreed version from its frozen snapshot (never the live rows), dated the
 * day it was agreed, so it comes out the same every time; a draft from its rows. Needs 'export'.
 */
export const GET: RequestHandler = async (event) => {
	const opened = await openPlan(event, 'export');
	const version = await versionDocument(opened.db, opened.planRow.id, event.params.versionId, today());
	if (!version) error(404, 'Not found');
	const organisation = await readOrganisation(opened.db, opened.planRow.organisation_id);
	return planPdfDownload(event, opened, version.document, {
		today: version.frozen && version.version.agreed_at ? version.version.agreed_at.slice(0, 10) : today(),
		author: organisation?.name ?? 'Golden Thread',
		agreement: await agreementOf(opened.db, version.version),
		versionId: version.version.id
	});
};
