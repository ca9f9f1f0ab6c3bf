/**
 * Use case: signing out. Like every use case, it opens the app's database itself (routes never hold it)
 * and passes its transaction to the repositories, which take an `Executor`.
 */
import type { SessionActor } from '../actor';
import { recordAudit } from '../db/record-audit';
import { invalidateSession } from '../auth/session';
import { database } from '../db/app-database';
import { inTransaction } from '../db/in-transaction';

/** Ends the session on the server (the cookie alone is not enough) and records 'sign-out'. */
export async function signOut(actor: SessionActor): Promise<{ ok: true }> {
	await inTransaction(database(), async (trx) => {
		await invalidateSession(trx, actor.sessionId);
		await recordAudit(trx, {
			organisation_id: actor.account.organisation_id,
			account_id: actor.account.id,
			plan_id: null,
			action: 'sign-out',
			item: null,
			ip: actor.ip
		});
	});
	return { ok: true };
}
