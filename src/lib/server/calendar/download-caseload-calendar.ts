import { recordAudit } from '../db/record-audit';
import { now } from '../clock/clock';
import { readCaseloadReviewDates } from '../db/caseload';
import type { AccountContext } from '../plans/account-context';
import { accountAuditEvent } from '../plans/audit-events';
import { caseloadCalendar } from './calendar';

/** The name the caseload's calendar downloads as: it names no child. */
export const CASELOAD_CALENDAR_FILE_NAME = 'review-dates.ics';

/**
 * The caseload's review dates as an iCalendar file: every open plan the account may see. Recorded as
 * 'caseload.exported.calendar' once the file is made.
 */
export async function downloadCaseloadCalendar(ctx: AccountContext, origin: string): Promise<string> {
	const rows = await readCaseloadReviewDates(ctx.db, ctx.account);
	const text = caseloadCalendar(rows, { origin, stamp: now() });
	await recordAudit(ctx.db, accountAuditEvent(ctx, 'caseload.exported.calendar', null, null));
	return text;
}
