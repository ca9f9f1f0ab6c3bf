/**
 * Use case: signing out everywhere else. Like every use case, it opens the app's database itself and
 * passes its transaction to the repositories.
 */
import type { SessionActor } from '../actor';
import { invalidateAccountSessions } from '../auth/session';
import { database } from '../db/app-database';
import { recordAudit } from '../db/record-audit';
import { inTransaction } from '../db/in-transaction';

/**
 * Ends every session of the signed-in person's account but the one in use, recorded as
 * 'sessions.ended-others'; with none to end, it records nothing. Returns how many it ended.
 */
export async function endOtherSessions(actor: SessionActor): Promise<{ ok: true; ended: number }> {
	return inTransaction(database(), async (trx) => {
		const ended = await invalidateAccountSessions(trx, actor.account.id, actor.sessionId);
		if (ended > 0) {
			await recordAudit(trx, {
				organisation_id: actor.account.organisation_id,
				account_id: actor.account.id,
				plan_id: null,
				action: 'sessions.ended-others',
				item: null,
				ip: actor.ip
			});
		}
		return { ok: true, ended } as const;
	});
}
