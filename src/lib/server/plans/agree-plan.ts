import { participantOf } from '../../plan/participant';
import type * as v from 'valibot';
import type { agreeSchema } from '../../forms/agree';
import type { PlanDocument } from '../../plan/document';
import type { Finding } from '../../thread/finding';
import { recordAudit } from '../db/record-audit';
import { now } from '../clock/clock';
import type { AgreedSnapshot, TookPart } from '../db/plan-agree';
import { readVersionState } from '../db/version-state';
import { planAuditEvent } from './audit-events';
import type { PlanContext } from './plan-context';
import { inTransaction } from '../db/in-transaction';

/** What agreeing a plan answers. */
export type AgreeResult =
	| { ok: true; agreedAt: string }
	/** The thread has problems (errors): a plan with any cannot be agreed. */
	| { ok: false; reason: 'errors'; findings: Finding[] }
	/** The version is no longer the current draft: agreed meanwhile, archived, or a newer version started. */
	| { ok: false; reason: 'not-draft' }
	/** Someone changed the plan since it was read for this request: agreeing it would agree what nobody saw. */
	| { ok: false; reason: 'stale' }
	/** Some of those who took part are not members of this plan's team. */
	| { ok: false; reason: 'unknown-members'; ids: string[] }
	/** The plan was deleted meanwhile (its child's records were). */
	| { ok: false; reason: 'not-found' };

/**
 * Agrees the plan as the context read it, in one transaction: marks the version agreed — when, by whom,
 * with whom — keeps the whole document and its findings as the snapshot, and writes the 'plan.agreed'
 * audit row. Refuses, changing nothing, when the thread has any error, when `versionId` is not the
 * plan's current draft, or when someone who took part is not on the team. Inside the transaction only
 * the version's status and content revision are read again: what is snapshotted is what was checked.
 */
export async function agreePlan(ctx: PlanContext, input: v.InferOutput<typeof agreeSchema>): Promise<AgreeResult> {
	if (ctx.frozen || input.versionId !== ctx.version.id) return { ok: false, reason: 'not-draft' };
	const team = new Map(ctx.document.team.map((member) => [member.id, member]));
	const unknown = input.tookPart.filter((id) => !team.has(id));
	if (unknown.length > 0) return { ok: false, reason: 'unknown-members', ids: unknown };
	const errors = ctx.findings.filter((finding) => finding.severity === 'error');
	if (errors.length > 0) return { ok: false, reason: 'errors', findings: errors };

	const tookPart: TookPart[] = [...new Set(input.tookPart)].map((id) => participantOf(team.get(id)!));
	const document: PlanDocument = { ...ctx.document, plan: { ...ctx.document.plan, status: 'agreed' } };
	const snapshot: AgreedSnapshot = { document, findings: ctx.findings };
	return inTransaction(ctx.db, async (trx): Promise<AgreeResult> => {
		const current = await readVersionState(trx, ctx.version.id);
		if (!current) return { ok: false, reason: 'not-found' };
		if (current.status !== 'draft' || current.archived_at !== null) return { ok: false, reason: 'not-draft' };
		if (current.content_revision !== ctx.version.content_revision) return { ok: false, reason: 'stale' };
		const at = now().toISOString();
		await trx
			.updateTable('plan_version')
			.set({
				status: 'agreed',
				agreed_at: at,
				agreed_by: ctx.account.id,
				agreed_with: JSON.stringify(tookPart),
				snapshot: JSON.stringify(snapshot),
				updated_at: at
			})
			.where('id', '=', ctx.version.id)
			.execute();
		await recordAudit(trx, planAuditEvent(ctx, 'plan.agreed', `version:${ctx.version.id}`));
		return { ok: true, agreedAt: at };
	});
}
