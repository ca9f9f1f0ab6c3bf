import { familyLanguageShown, type FamilyLanguageInput } from '../../forms/family-language';
import { childLanguage, setChildLanguage } from '../db/family-language';
import { inTransaction } from '../db/in-transaction';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';

export type FamilyLanguageResult =
	| { ok: true }
	/** Only staff who may edit the plan record the family's language. Nothing is written. */
	| { ok: false; reason: 'not-allowed' }
	/** Someone changed it since the form was drawn: what they saved is `current`. Nothing is written. */
	| { ok: false; reason: 'stale'; current: { language: string; needsInterpreter: 'yes' | 'no'; shown: string } };

/**
 * Records the family's preferred language on the child and whether they need an interpreter, in one
 * transaction with its 'child.language-changed' audit row, if it is still as the form showed it. It is
 * the child's, not the plan's: an agreed plan does not stop it changing.
 */
export function setFamilyLanguage(ctx: PlanContext, input: FamilyLanguageInput): Promise<FamilyLanguageResult> {
	if (!ctx.actions.has('edit')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	return inTransaction(ctx.db, async (trx): Promise<FamilyLanguageResult> => {
		const row = await childLanguage(trx, ctx.child.id);
		if (!row) return { ok: false, reason: 'not-allowed' };
		const shown = familyLanguageShown(row);
		if (shown !== input.shown)
			return {
				ok: false,
				reason: 'stale',
				current: {
					language: row.family_language ?? '',
					needsInterpreter: row.needs_interpreter === 1 ? 'yes' : 'no',
					shown
				}
			};
		await setChildLanguage(trx, ctx.child.id, {
			code: input.language === '' ? null : input.language,
			needsInterpreter: input.needsInterpreter === 'yes'
		});
		await recordAudit(trx, planAuditEvent(ctx, 'child.language-changed', `child:${ctx.child.id}`));
		return { ok: true };
	});
}
