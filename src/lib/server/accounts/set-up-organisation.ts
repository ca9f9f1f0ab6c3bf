/**
 * Use case: setting up a fresh install. Like every use case, it opens the app's database itself (routes
 * never hold it) and passes its transaction to the repositories, which take an `Executor`.
 */
import type { SetupInput } from '../../forms/setup';
import type { Visitor } from '../actor';
import { recordAudit } from '../db/record-audit';
import { hashPassword } from '../auth/password';
import { createSession } from '../auth/session';
import { newId } from '../tokens/token';
import { now } from '../clock/clock';
import { createAccount } from '../db/accounts';
import { database } from '../db/app-database';
import { createOrganisation, hasAnyOrganisation } from '../db/organisations';
import { inTransaction } from '../db/in-transaction';

export type SetUpOrganisationResult = { ok: true; sessionToken: string } | { ok: false; reason: 'already-set-up' };

/**
 * Makes the first organisation and its first account, its admin, audited as 'organisation.set-up', and
 * signs the admin in part-way: they set up their authenticator next. Refused once any organisation exists.
 */
export async function setUpOrganisation(input: SetupInput, visitor: Visitor): Promise<SetUpOrganisationResult> {
	// Hash first: a transaction holds SQLite's one writer, and hashing takes a while.
	const passwordHash = await hashPassword(input.password);
	const organisationId = newId();
	const accountId = newId();
	const at = now().toISOString();
	return inTransaction(database(), async (trx) => {
		// Two people setting up at once: only the first wins.
		if (await hasAnyOrganisation(trx)) return { ok: false, reason: 'already-set-up' } as const;
		await createOrganisation(trx, {
			id: organisationId,
			name: input.organisationName,
			kind: input.organisationKind,
			created_at: at
		});
		await createAccount(trx, {
			id: accountId,
			email: input.email,
			name: input.name,
			password_hash: passwordHash,
			organisation_id: organisationId,
			role: 'admin',
			totp_key: null,
			totp_last_counter: null,
			disabled_at: null,
			created_at: at
		});
		await recordAudit(trx, {
			organisation_id: organisationId,
			account_id: accountId,
			plan_id: null,
			action: 'organisation.set-up',
			item: null,
			ip: visitor.ip
		});
		return { ok: true, sessionToken: await createSession(trx, accountId, false, visitor) } as const;
	});
}
