import { error } from '@sveltejs/kit';
import { attachment } from '$lib/server/attachment';
import { downloadPlanJson } from '$lib/server/interchange/download-plan-json';
import { openPlan } from '$lib/server/plans/plan-context';
import type { RequestHandler } from './$types';

/**
 * Downloads the plan in the interchange format (design/plan-format.md): the current version, or
 * `?version=<id>` for one of the plan's past versions. Needs the 'export' action; audited.
 */
export const GET: RequestHandler = async (event) => {
	const ctx = await openPlan(event, 'export');
	const download = await downloadPlanJson(ctx, event.url.searchParams.get('version') ?? undefined);
	if (!download.ok) error(404, 'Not found');
	return attachment(download.text, 'application/json', download.fileName);
};
