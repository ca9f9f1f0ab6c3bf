/**
 * Use case: signing out one of one's other sessions (a phone left behind, a shared computer). Like every
 * use case, it opens the app's database itself and passes its transaction to the repositories.
 */
import type { EndSessionInput } from '../../forms/sessions';
import type { SessionActor } from '../actor';
import { invalidateAccountSession } from '../auth/session';
import { database } from '../db/app-database';
import { recordAudit } from '../db/record-audit';
import { inTransaction } from '../db/in-transaction';

export type EndSessionResult = { ok: true } | { ok: false; reason: 'not-found' };

/**
 * Ends one other session of the signed-in person's own account, recorded as 'session.ended'. Refused,
 * writing nothing, for another account's session (or any id that is not one of theirs), one that has
 * already ended, and the session in use (that is signing out). The audit row names no session: a
 * session's id is half of its token.
 */
export async function endSession(input: EndSessionInput, actor: SessionActor): Promise<EndSessionResult> {
	if (input.sessionId === actor.sessionId) return { ok: false, reason: 'not-found' };
	return inTransaction(database(), async (trx) => {
		if (!(await invalidateAccountSession(trx, actor.account.id, input.sessionId)))
			return { ok: false, reason: 'not-found' } as const;
		await recordAudit(trx, {
			organisation_id: actor.account.organisation_id,
			account_id: actor.account.id,
			plan_id: null,
			action: 'session.ended',
			item: null,
			ip: actor.ip
		});
		return { ok: true } as const;
	});
}
