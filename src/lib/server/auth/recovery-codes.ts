import { now } from '../clock/clock';
import type { Executor } from '../db/executor';
import { hashSecret, newId, randomToken } from '../tokens/token';

export const recoveryCodeCount = 10;

/** Replaces an account's recovery codes with 10 new ones; returns them, to be shown once. */
export async function issueRecoveryCodes(db: Executor, accountId: string): Promise<string[]> {
	// 25 base32 characters: 125 random bits, enough (ASVS 6.5.2 asks 112) for an unsalted hash to be safe.
	const codes = Array.from({ length: recoveryCodeCount }, () => randomToken(16).slice(0, 25).match(/.{5}/g)!.join('-'));
	await deleteRecoveryCodes(db, accountId);
	await db
		.insertInto('recovery_code')
		.values(
			codes.map((code) => ({
				id: newId(),
				account_id: accountId,
				code_hash: hashSecret(normalise(code)),
				used_at: null
			}))
		)
		.execute();
	return codes;
}

/** Removes all of an account's recovery codes, used or not. */
export async function deleteRecoveryCodes(db: Executor, accountId: string): Promise<void> {
	await db.deleteFrom('recovery_code').where('account_id', '=', accountId).execute();
}

/** Uses up a recovery code if it is one of the account's unused ones. */
export async function redeemRecoveryCode(db: Executor, accountId: string, code: string): Promise<boolean> {
	const result = await db
		.updateTable('recovery_code')
		.set({ used_at: now().toISOString() })
		.where('account_id', '=', accountId)
		.where('code_hash', '=', hashSecret(normalise(code)))
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function unusedRecoveryCodeCount(db: Executor, accountId: string): Promise<number> {
	const row = await db
		.selectFrom('recovery_code')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('account_id', '=', accountId)
		.where('used_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/**
 * The code as its hash was made: lower case, letters and digits only. Codes are base32 (a to z, 2 to 7),
 * which has no 0 or 1, so a 0 or 1 typed for a look-alike o or l is read as the letter.
 */
function normalise(code: string): string {
	return code
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '')
		.replace(/0/g, 'o')
		.replace(/1/g, 'l');
}
