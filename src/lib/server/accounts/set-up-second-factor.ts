/**
 * Use case: connecting an authenticator app. Like every use case, it opens the app's database itself
 * (routes never hold it) and passes its transaction to the repositories, which take an `Executor`.
 */
import type { SetUpSecondFactorInput } from '../../forms/set-up-second-factor';
import type { SessionActor } from '../actor';
import { recordAudit } from '../db/record-audit';
import { issueRecoveryCodes } from '../auth/recovery-codes';
import { replaceWithVerifiedSession } from '../auth/session';
import { matchTotp } from '../auth/totp';
import { now } from '../clock/clock';
import { readAccount, setTotpKey } from '../db/accounts';
import { database } from '../db/app-database';
import { appSecretKey } from '../secrets/app-secret-key';
import { seal } from '../secrets/sealed-text';
import { inTransaction } from '../db/in-transaction';

export type SetUpSecondFactorResult =
	{ ok: true; recoveryCodes: string[]; sessionToken: string } | { ok: false; reason: 'wrong-code' | 'already-set-up' };

/**
 * Saves the authenticator key, sealed with the secret key, once the app shows a code that matches it; issues new
 * recovery codes (to be shown once), records 'two-factor.set-up' and completes the sign-in with a new session.
 */
export async function setUpSecondFactor(
	input: SetUpSecondFactorInput,
	actor: SessionActor
): Promise<SetUpSecondFactorResult> {
	const counter = matchTotp(input.key, input.code, now(), null);
	if (counter === null) return { ok: false, reason: 'wrong-code' };
	const { account } = actor;
	return inTransaction(database(), async (trx) => {
		// Set up meanwhile in another tab: that key is in the app, so this one must not replace it.
		if ((await readAccount(trx, account.id))?.totp_key) return { ok: false, reason: 'already-set-up' } as const;
		await setTotpKey(trx, account.id, seal(input.key, appSecretKey()), counter);
		const recoveryCodes = await issueRecoveryCodes(trx, account.id);
		await recordAudit(trx, {
			organisation_id: account.organisation_id,
			account_id: account.id,
			plan_id: null,
			action: 'two-factor.set-up',
			item: null,
			ip: actor.ip
		});
		const sessionToken = await replaceWithVerifiedSession(trx, actor.sessionId, account.id, actor);
		return { ok: true, recoveryCodes, sessionToken } as const;
	});
}
