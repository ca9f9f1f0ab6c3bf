import type { PlanNoteInput } from '../../forms/plan-note';
import { now } from '../clock/clock';
import { loadPlanHead } from '../db/plan-load';
import { insertPlanNote } from '../db/plan-notes';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { newId } from '../tokens/token';
import { inTransaction } from '../db/in-transaction';

export type AddNoteResult =
	| { ok: true; id: string }
	/** This person may only read the plan: notes are for those who take part in it. Nothing is written. */
	| { ok: false; reason: 'not-allowed' }
	/** The plan has ended (archived) or been deleted since the page was drawn. Nothing is written. */
	| { ok: false; reason: 'closed' };

/**
 * Adds a dated note of what's working and what's not, in one transaction with its 'note.added' audit
 * row. It changes nothing in the plan: it records the version in force (read again inside the
 * transaction), which stays as agreed, and waits for the next review to gather it.
 */
export function addNote(ctx: PlanContext, input: PlanNoteInput): Promise<AddNoteResult> {
	if (!ctx.actions.has('contribute')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	return inTransaction(ctx.db, async (trx): Promise<AddNoteResult> => {
		const head = await loadPlanHead(trx, ctx.planRow.id);
		if (!head || head.planRow.archived_at) return { ok: false, reason: 'closed' };
		const id = newId();
		await insertPlanNote(trx, {
			id,
			plan_id: head.planRow.id,
			version_id: head.version.id,
			written_by: ctx.account.id,
			writer_name: ctx.account.name,
			written_at: now().toISOString(),
			said_by: input.saidBy,
			working: input.working,
			not_working: input.notWorking,
			review_id: null
		});
		await recordAudit(trx, planAuditEvent(ctx, 'note.added', `note:${id}`));
		return { ok: true, id };
	});
}
