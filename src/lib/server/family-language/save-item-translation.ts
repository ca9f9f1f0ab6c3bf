import type { ItemTranslationInput } from '../../forms/family-language';
import { now } from '../clock/clock';
import { writeItemTranslation } from '../db/family-language';
import { inTransaction } from '../db/in-transaction';
import { loadPlanHead } from '../db/plan-load';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import { lineageKey, threadItemIds } from '../plans/item-lineage';
import type { PlanContext } from '../plans/plan-context';

export type ItemTranslationResult =
	| { ok: true }
	/** Only staff who may edit the plan type translations in. Nothing is written. */
	| { ok: false; reason: 'not-allowed' }
	/** The plan has no such item (it was removed since the page was drawn). Nothing is written. */
	| { ok: false; reason: 'no-item' }
	/** Someone saved a translation of this item since the page was drawn. Nothing is written. */
	| { ok: false; reason: 'stale'; currentRevision: number };

/**
 * Saves an interpreter's translation of one item, with who translated it and when, in one transaction
 * with its 'item.translation-saved' audit row, if nobody has saved one of that item since the page was
 * drawn. The plan itself does not change: the translation sits beside its English.
 */
export function saveItemTranslation(ctx: PlanContext, input: ItemTranslationInput): Promise<ItemTranslationResult> {
	if (!ctx.actions.has('edit')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	if (!threadItemIds(ctx.document).has(input.itemId)) return Promise.resolve({ ok: false, reason: 'no-item' });
	return inTransaction(ctx.db, async (trx): Promise<ItemTranslationResult> => {
		const head = await loadPlanHead(trx, ctx.planRow.id);
		if (!head || head.version.id !== ctx.version.id) return { ok: false, reason: 'no-item' };
		const written = await writeItemTranslation(
			trx,
			{
				plan_id: ctx.planRow.id,
				item_id: lineageKey(ctx, input.itemId),
				language_code: input.languageCode,
				text: input.text,
				translated_by_name: input.translatedByName,
				translated_on: input.translatedOn,
				recorded_by: ctx.account.id,
				recorded_at: now().toISOString()
			},
			input.revision
		);
		if (!written.ok) return { ok: false, reason: 'stale', currentRevision: written.currentRevision };
		await recordAudit(
			trx,
			planAuditEvent(ctx, 'item.translation-saved', `translation:${input.itemId}:${input.languageCode}`)
		);
		return { ok: true };
	});
}
