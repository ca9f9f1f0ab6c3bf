import type { Transaction } from 'kysely';
import type { AuditAction } from '../../audit-action-labels';
import type { PlanDraft } from '../db/plan-draft';
import { saveItem, type ChangedBy, type ItemWrite, type Links } from '../db/plan-items';
import type { ItemData } from '../db/plan-document-rows';
import type { Database, PlanItemKind } from '../db/schema';
import { changePlan, type PlanFrozen } from './change-plan';
import type { PlanContext } from './plan-context';

/** Which item a form changes: none (it adds one), or one, at the revision the form was based on. */
export type ItemTarget = { id: string; revision: number } | undefined;

/** What saving an item answers. */
export type ItemSaveResult =
	| { ok: true; id: string; revision: number }
	/** The words were someone else's: the change was stored as a suggestion, and the item left as it was. */
	| { ok: true; id: string; revision: number; suggested: true }
	/** Someone saved it since the form was drawn; nothing was written. */
	| { ok: false; reason: 'stale'; currentRevision: number; changedBy?: ChangedBy }
	/** It was deleted meanwhile (or is not an item of this plan). */
	| { ok: false; reason: 'not-found' }
	/** Some ticked links are not items of this plan of the kind allowed. */
	| { ok: false; reason: 'bad-link'; ids: string[] }
	/** A rule of the plan's own: this person may not make this change. */
	| { ok: false; reason: 'forbidden'; message: string }
	| PlanFrozen;

/**
 * Adds an item of `kind` or changes `target`, with its links, in one change to the plan; `then` writes
 * what belongs to the item in the same transaction (an outcome's steps, a suggestion's decision), and
 * may refuse. The audit row says `action` (a plain change unless given).
 */
export function writeItem<K extends PlanItemKind>(
	ctx: PlanContext,
	kind: K,
	target: ItemTarget,
	data: ItemData[K],
	links?: Links,
	then?: (trx: Transaction<Database>, draft: PlanDraft, id: string) => Promise<ItemSaveResult | undefined>,
	action?: AuditAction
): Promise<ItemSaveResult> {
	return changePlan<ItemSaveResult>(
		ctx,
		{ item: target ? `${kind}:${target.id}` : (saved) => `${kind}:${saved.id}`, ...(action ? { action } : {}) },
		async (trx, draft) => {
			const write: ItemWrite<K> = {
				versionId: ctx.version.id,
				kind,
				data,
				...(links ? { links } : {}),
				accountId: ctx.account.id
			};
			const saved = await saveItem(
				trx,
				target ? { ...write, id: target.id, expectedRevision: target.revision } : write,
				draft
			);
			if (!saved.ok) return saved;
			return (await then?.(trx, draft, saved.id)) ?? saved;
		}
	);
}
