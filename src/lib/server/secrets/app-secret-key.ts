/**
 * The app's secret key, loaded once as the server starts (beside `db/app-database.ts`'s database), and the
 * start-up step that brings the authenticator keys at rest in line with it.
 */
import type { Kysely } from 'kysely';
import { listTotpKeys, replaceStoredTotpKey } from '../db/accounts';
import type { Database } from '../db/schema';
import { seal, sealedKeyId } from './sealed-text';
import {
	describeSecretKeySource,
	loadSecretKey,
	pendingKeyFile,
	readSecretKeyFile,
	SecretKeyError,
	type SecretKey,
	type SecretKeySource
} from './secret-key';
import { inTransaction } from '../db/in-transaction';

/** How authenticator keys were stored before they were sealed: base32, as `auth/totp.ts` makes them. */
const plainTotpKey = /^[A-Z2-7]+=*$/;

let current: SecretKey | undefined;

/**
 * Loads the database's secret key (made on first start when none is configured), then, in one transaction,
 * refuses to go on if anything stored was sealed with another key, and seals every authenticator key still
 * stored as it was before keys were sealed. Runs after the migrations at every start; once every key is
 * sealed it changes nothing.
 */
export async function startSecretKey(
	db: Kysely<Database>,
	databaseFile: string,
	env: NodeJS.ProcessEnv = process.env
): Promise<{ key: SecretKey; source: SecretKeySource }> {
	const loaded = await inTransaction(db, async (trx) => {
		const stored = await listTotpKeys(trx);
		const sealedWith = new Set(stored.flatMap((row) => sealedKeyId(row.totp_key) ?? []));
		// A key is made only for a database with nothing sealed yet: a new key could not open what a lost one sealed.
		const { key, source } = loadSecretKey(databaseFile, env, { create: sealedWith.size === 0 });
		const others = [...sealedWith].filter((id) => id !== key.id);
		if (others.length > 0) throw new SecretKeyError(wrongKeyMessage(others, key, source));
		for (const row of stored) {
			if (sealedKeyId(row.totp_key)) continue;
			if (!plainTotpKey.test(row.totp_key)) {
				throw new SecretKeyError(
					`The authenticator key stored for account ${row.id} is neither sealed nor a base32 key, so it cannot be sealed. Set it to NULL (the person then sets up their authenticator app again when they next sign in) and start again.`
				);
			}
			await replaceStoredTotpKey(trx, row.id, seal(row.totp_key, key));
		}
		return { key, source };
	});
	current = loaded.key;
	return loaded;
}

/** The key the app's secrets are sealed with. */
export function appSecretKey(): SecretKey {
	if (!current) throw new Error('The secret key has not been loaded.');
	return current;
}

function wrongKeyMessage(needed: string[], key: SecretKey, source: SecretKeySource): string {
	const message = `The database's authenticator keys were sealed with secret key ${needed.join(' and ')}, but ${describeSecretKeySource(source)} holds key ${key.id}. Start with the key they were sealed with (it belongs with the database's backup).`;
	if (source.kind !== 'generated' || !pendingRotationMatches(source.path, needed)) return message;
	return `${message} A key rotation stopped part-way: that key is in ${pendingKeyFile(source.path)}; move it into place as ${source.path}.`;
}

/** Whether a rotation's new key, written before the database changed, is the key the database now needs. */
function pendingRotationMatches(path: string, needed: string[]): boolean {
	try {
		return needed.includes(readSecretKeyFile(pendingKeyFile(path)).id);
	} catch {
		return false; // no such file, or not a key: nothing to point to
	}
}
