/**
 * The child's Easy Read plan as its page and its PDF read it: the plan's current version in Easy Read,
 * from the Easy Read words the team wrote, with who checked it with the child; and the PDF download,
 * made in the worker pool like the plan's and audited.
 */
import { error } from '@sveltejs/kit';
import { easyReadPlan, type EasyReadPlan, type EasyReadWords } from '../../easy-read/easy-read-plan';
import {
	easyReadPdfFileName,
	easyReadPdfTooLong,
	isTooLongRefusal,
	type EasyReadCheck
} from '../../pdf/easy-read/easy-read-pdf';
import { today } from '../clock/clock';
import { easyReadCheckOf } from '../db/easy-read';
import { easyReadTextsByItem } from './easy-read-texts';
import { readOrganisation } from '../db/organisations';
import { recordAudit } from '../db/record-audit';
import { busyAs503, pdfAttachment } from '../pdf/plan-pdf-download';
import { renderEasyReadPdfOffThread } from '../pdf/pool';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';

export interface EasyReadView {
	plan: EasyReadPlan;
	/** Who checked the Easy Read version with the child, and when; undefined until recorded. */
	check: EasyReadCheck | undefined;
	/** Why there is no PDF (too long for Easy Read's 20 pages), for the adult; undefined when there is one. */
	pdfProblem: string | undefined;
}

export async function readEasyReadView(ctx: PlanContext): Promise<EasyReadView> {
	const [texts, check] = await Promise.all([easyReadTextsByItem(ctx, ctx.db), easyReadCheckOf(ctx.db, ctx.planRow.id)]);
	const words = new Map<string, EasyReadWords>(
		[...texts].map(([id, row]) => [id, { text: row.text, picture: row.picture }])
	);
	const plan = easyReadPlan(ctx.document, words, today());
	const checked = check ? { checkedBy: check.checked_by, checkedOn: check.checked_on } : undefined;
	return { plan, check: checked, pdfProblem: easyReadPdfTooLong(plan, checked) };
}

/**
 * The Easy Read plan as a PDF download: refused (422, saying why) when it would be, or turns out to be,
 * longer than Easy Read's 20 pages, 503 when the pool is full; the download audited 'plan.exported.easy-read-pdf'.
 */
export async function exportEasyReadPdf(ctx: PlanContext): Promise<Response> {
	const view = await readEasyReadView(ctx);
	if (view.pdfProblem) error(422, view.pdfProblem);
	const organisation = await readOrganisation(ctx.db, ctx.planRow.organisation_id);
	const { firstName, lastName } = ctx.document.child;
	const on = today();
	const bytes = await renderEasyReadPdfOffThread(
		view.plan,
		{ firstName, lastName },
		{ today: on, author: organisation?.name ?? 'Golden Thread', ...(view.check ? { check: view.check } : {}) }
	).catch((failure: unknown) => {
		// Wider words than the estimate allows for took it past 20 pages after all.
		if (failure instanceof Error && isTooLongRefusal(failure.message)) error(422, failure.message);
		return busyAs503(failure);
	});
	await recordAudit(ctx.db, planAuditEvent(ctx, 'plan.exported.easy-read-pdf', `version:${ctx.version.id}`));
	return pdfAttachment(bytes, easyReadPdfFileName({ firstName, lastName }, on));
}
