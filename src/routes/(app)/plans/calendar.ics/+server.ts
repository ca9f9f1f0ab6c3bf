import { attachment } from '$lib/server/attachment';
import { CASELOAD_CALENDAR_FILE_NAME, downloadCaseloadCalendar } from '$lib/server/calendar/download-caseload-calendar';
import { openAccount } from '$lib/server/plans/account-context';
import type { RequestHandler } from './$types';

/**
 * The caseload's review dates as an iCalendar file: every open (not archived) plan the account may see.
 * Events name no child (initials only), and each links to its plan. Audited.
 */
export const GET: RequestHandler = async (event) => {
	const text = await downloadCaseloadCalendar(openAccount(event), event.url.origin);
	return attachment(text, 'text/calendar', CASELOAD_CALENDAR_FILE_NAME);
};
