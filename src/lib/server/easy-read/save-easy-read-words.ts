import { easyReadItems } from '../../easy-read/easy-read-items';
import type { EasyReadWordsInput } from '../../forms/easy-read';
import { now } from '../clock/clock';
import { easyReadRevision, putEasyReadText } from '../db/easy-read';
import { lineageKey } from '../plans/item-lineage';
import { easyReadTextsByItem } from './easy-read-texts';
import { inTransaction } from '../db/in-transaction';
import { loadPlanHead } from '../db/plan-load';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';

/** What someone else saved meanwhile, for the refused form to show beside what was typed. */
export interface SavedMeanwhile {
	text: string | null;
	writerName: string;
	writtenAt: string;
	revision: number;
}

export type SaveEasyReadWordsResult =
	| { ok: true; revision: number }
	/** This person may read the plan but not edit it. Nothing is written. */
	| { ok: false; reason: 'not-allowed' }
	/** The item is not in the plan's current version (removed, or never there). */
	| { ok: false; reason: 'not-found' }
	/** The plan has been archived or deleted since the page was drawn. */
	| { ok: false; reason: 'closed' }
	/** Someone saved this item's Easy Read words since the form was drawn: theirs are kept. */
	| { ok: false; reason: 'stale'; saved: SavedMeanwhile };

/**
 * Saves an item's Easy Read words and picture, in one transaction with its 'easy-read.written' audit row.
 * They sit beside the plan, not in its versions, so an agreed plan can be given them too; the item's text
 * now is kept with them, so that a later change to the item shows. Empty words remove them (the picture,
 * if one was chosen, stays).
 */
export function saveEasyReadWords(ctx: PlanContext, input: EasyReadWordsInput): Promise<SaveEasyReadWordsResult> {
	if (!ctx.actions.has('edit')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	const item = easyReadItems(ctx.document).find((candidate) => candidate.id === input.itemId);
	if (!item) return Promise.resolve({ ok: false, reason: 'not-found' });
	return inTransaction(ctx.db, async (trx): Promise<SaveEasyReadWordsResult> => {
		const head = await loadPlanHead(trx, ctx.planRow.id);
		if (!head || head.planRow.archived_at) return { ok: false, reason: 'closed' };
		const revision = await easyReadRevision(trx, ctx.planRow.id, lineageKey(ctx, item.id));
		if (revision !== input.revision) {
			const saved = (await easyReadTextsByItem(ctx, trx)).get(item.id);
			return {
				ok: false,
				reason: 'stale',
				saved: {
					text: saved?.text ?? null,
					writerName: saved?.writer_name ?? '',
					writtenAt: saved?.written_at ?? '',
					revision
				}
			};
		}
		await putEasyReadText(trx, {
			plan_id: ctx.planRow.id,
			item_id: lineageKey(ctx, item.id),
			text: input.text,
			picture: input.picture,
			source_text: item.text,
			written_by: ctx.account.id,
			writer_name: ctx.account.name,
			written_at: now().toISOString(),
			revision: revision + 1
		});
		await recordAudit(trx, planAuditEvent(ctx, 'easy-read.written', `${item.layer}:${item.id}`));
		return { ok: true, revision: revision + 1 };
	});
}
