import { error } from '@sveltejs/kit';
import { isoDateInEnglandOf } from '../../dates/format-timestamp';
import { meetingRecordFileName, type MeetingRecord } from '../../pdf/meeting/meeting-record-pdf';
import { today } from '../clock/clock';
import { meetingOf } from '../db/meetings';
import { readOrganisation } from '../db/organisations';
import { recordAudit } from '../db/record-audit';
import { busyAs503, pdfAttachment } from '../pdf/plan-pdf-download';
import { renderMeetingRecordPdfOffThread } from '../pdf/pool';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { readMeetingView } from './meeting-view';

/**
 * The record of an ended meeting as a PDF download, as its page shows it, made in the worker pool like
 * the plan's. Refused while the meeting is open (409: its record is not finished yet) or when the pool is
 * full (503); 404 for a meeting not on this plan. The export is audited 'meeting.exported.pdf', which
 * changes nothing a reader of the plan sees.
 */
export async function exportMeetingPdf(ctx: PlanContext, meetingId: string): Promise<Response> {
	const meeting = await meetingOf(ctx.db, ctx.planRow.id, meetingId);
	if (!meeting) error(404, 'Not found');
	if (meeting.ended_at === null)
		error(409, 'This meeting has not ended yet: its record can be downloaded once the chair ends it.');
	const view = await readMeetingView(ctx, meeting.id, new URLSearchParams());
	const organisation = await readOrganisation(ctx.db, ctx.planRow.organisation_id);
	const { firstName, lastName, knownAs } = ctx.document.child;
	const record: MeetingRecord = {
		child: { firstName, lastName, ...(knownAs ? { knownAs } : {}) },
		meeting: view.meeting,
		screens: view.screens,
		attendees: view.attendees,
		said: view.allSaid,
		parked: view.parked,
		actions: view.actions,
		isReview: view.isReview,
		outcome: view.outcome,
		check: view.check
	};
	const bytes = await renderMeetingRecordPdfOffThread(record, {
		today: today(),
		author: organisation?.name ?? 'Golden Thread'
	}).catch(busyAs503);
	await recordAudit(ctx.db, planAuditEvent(ctx, 'meeting.exported.pdf', `meeting:${meeting.id}`));
	return pdfAttachment(bytes, meetingRecordFileName(record, isoDateInEnglandOf(meeting.started_at)));
}
