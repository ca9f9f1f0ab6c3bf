import { deletePlanNote, getPlanNote } from '../db/plan-notes';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { inTransaction } from '../db/in-transaction';

export type WithdrawNoteResult =
	| { ok: true }
	/** No such note on this plan (perhaps withdrawn already). */
	| { ok: false; reason: 'not-found' }
	/** Someone else wrote it: only its writer may withdraw a note. */
	| { ok: false; reason: 'not-yours' }
	/** A review has taken it in, so it is part of that review's record now. */
	| { ok: false; reason: 'gathered' };

/**
 * Withdraws (deletes) a note its writer added, while no review has gathered it, in one transaction with
 * its 'note.withdrawn' audit row. Nobody else may withdraw or change another person's note.
 */
export function withdrawNote(ctx: PlanContext, noteId: string): Promise<WithdrawNoteResult> {
	return inTransaction(ctx.db, async (trx): Promise<WithdrawNoteResult> => {
		const note = await getPlanNote(trx, ctx.planRow.id, noteId);
		if (!note) return { ok: false, reason: 'not-found' };
		if (note.written_by !== ctx.account.id) return { ok: false, reason: 'not-yours' };
		if (note.review_id !== null) return { ok: false, reason: 'gathered' };
		if (!(await deletePlanNote(trx, note.id, ctx.account.id))) return { ok: false, reason: 'not-found' };
		await recordAudit(trx, planAuditEvent(ctx, 'note.withdrawn', `note:${note.id}`));
		return { ok: true };
	});
}
