import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { exportDocument, exportPlan } from './export';

/** What downloading a plan in the interchange format answers. */
export type PlanJsonDownload =
	| { ok: true; text: string; fileName: string }
	/** `versionId` is not one of this plan's versions. */
	| { ok: false; reason: 'not-found' };

/**
 * The plan in the interchange format (design/plan-format.md): the current version, already read with
 * the context, or `versionId`, one of its past versions, read from its own rows. Recorded as
 * 'plan.exported.json', naming the version, once the file is made.
 */
export async function downloadPlanJson(ctx: PlanContext, versionId?: string): Promise<PlanJsonDownload> {
	const exported = versionId
		? await exportPlan(ctx.db, ctx.planRow.id, versionId)
		: { ...exportDocument(ctx.document), versionId: ctx.version.id };
	if (!exported) return { ok: false, reason: 'not-found' };
	await recordAudit(ctx.db, planAuditEvent(ctx, 'plan.exported.json', `version:${exported.versionId}`));
	return { ok: true, text: exported.text, fileName: exported.fileName };
}
