/**
 * Use case: replacing the secret key, run by the operator with the server stopped (`src/cli/rotate-secret-key.ts`
 * also moves the key itself). Not a person's action in the app, so it takes the database it is given.
 */
import type { Kysely } from 'kysely';
import { listTotpKeys, replaceStoredTotpKey } from '../db/accounts';
import { recordAudit } from '../db/record-audit';
import type { Database } from '../db/schema';
import { seal, unseal } from './sealed-text';
import type { SecretKey } from './secret-key';
import { inTransaction } from '../db/in-transaction';

/**
 * Re-seals every authenticator key with `next` and records 'secret-key.rotated' (the two key ids), in one
 * transaction: every key moves, or none does. Returns how many keys it re-sealed.
 */
export async function rotateSecretKey(db: Kysely<Database>, current: SecretKey, next: SecretKey): Promise<number> {
	return inTransaction(db, async (trx) => {
		const stored = await listTotpKeys(trx);
		for (const row of stored) await replaceStoredTotpKey(trx, row.id, seal(unseal(row.totp_key, current), next));
		await recordAudit(trx, {
			organisation_id: null,
			account_id: null,
			plan_id: null,
			action: 'secret-key.rotated',
			item: `${current.id} to ${next.id}`,
			ip: null
		});
		return stored.length;
	});
}
