import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import { familyLanguageCodes } from '$lib/family-language';
import { familySummaryFileName } from '$lib/family-language/summary-pdf';
import { familySummaryQuerySchema } from '$lib/forms/family-language';
import { today } from '$lib/server/clock/clock';
import { recordAudit } from '$lib/server/db/record-audit';
import { itemTranslations } from '$lib/server/db/family-language';
import { readOrganisation } from '$lib/server/db/organisations';
import { busyAs503, pdfAttachment, refuseIfTooLong } from '$lib/server/pdf/plan-pdf-download';
import { renderFamilySummaryPdfOffThread } from '$lib/server/pdf/pool';
import { planAuditEvent } from '$lib/server/plans/audit-events';
import { openPlan } from '$lib/server/plans/plan-context';
import { byCurrentItem } from '$lib/server/plans/item-lineage';
import type { RequestHandler } from './$types';

/**
 * The family summary in the language chosen (`?language=ar`; unasked, the child's recorded language), for everyone who may download the plan,
 * the family included: the interpreters' translations of that language beside the English.
 */
export const GET: RequestHandler = async (event) => {
	const ctx = await openPlan(event, 'export');
	// Unasked, the family's language, else the first the select offers.
	const query = v.safeParse(familySummaryQuerySchema, {
		language: event.url.searchParams.get('language') ?? ctx.child.family_language ?? familyLanguageCodes[0]
	});
	if (!query.success) error(400, query.issues[0].message);
	const code = query.output.language;
	refuseIfTooLong(ctx.document);
	const organisation = await readOrganisation(ctx.db, ctx.planRow.organisation_id);
	const translations = [...byCurrentItem(ctx, await itemTranslations(ctx.db, ctx.planRow.id, code))].map(
		([id, row]): [string, { text: string; translatedByName: string; translatedOn: string }] => [
			id,
			{ text: row.text, translatedByName: row.translated_by_name, translatedOn: row.translated_on }
		]
	);
	const on = today();
	const bytes = await renderFamilySummaryPdfOffThread(ctx.document, code, translations, {
		today: on,
		author: organisation?.name ?? 'Golden Thread'
	}).catch(busyAs503);
	await recordAudit(ctx.db, planAuditEvent(ctx, 'plan.exported.family-summary', `version:${ctx.version.id}`));
	return pdfAttachment(bytes, familySummaryFileName(ctx.document, code, on));
};
