import { now } from '../clock/clock';
import { linkTokenHash, newLinkToken } from '../tokens/link-token';
import { newId } from '../tokens/token';
import type { Executor } from './executor';

/** A link to set a new password works for 24 hours: long enough to pass it on, short enough to matter little if it leaks. */
export const passwordResetLifetimeMs = 24 * 60 * 60 * 1000;

/**
 * Makes a link for the account to set a new password, and returns its id, the token for the link (stored
 * hashed) and when it stops working. Any earlier link for the account not yet used stops working now:
 * only the newest one given out can be used.
 */
export async function createPasswordReset(
	db: Executor,
	reset: { accountId: string; madeBy: string }
): Promise<{ id: string; token: string; expiresAt: string }> {
	const { token, tokenHash } = newLinkToken();
	const id = newId();
	const at = now();
	const expiresAt = new Date(at.getTime() + passwordResetLifetimeMs).toISOString();
	await db
		.deleteFrom('password_reset')
		.where('account_id', '=', reset.accountId)
		.where('used_at', 'is', null)
		.execute();
	await db
		.insertInto('password_reset')
		.values({
			id,
			token_hash: tokenHash,
			account_id: reset.accountId,
			made_by: reset.madeBy,
			created_at: at.toISOString(),
			expires_at: expiresAt,
			used_at: null
		})
		.execute();
	return { id, token, expiresAt };
}

/** A link to set a new password, with the name and email of the account it is for. */
export type PasswordResetWithAccount = NonNullable<Awaited<ReturnType<typeof findPasswordResetByToken>>>;

/**
 * The link behind a token, with whose account it is for; undefined for an unknown token, or one for an
 * account disabled since (which no new password would let in).
 */
export async function findPasswordResetByToken(db: Executor, token: string) {
	const tokenHash = linkTokenHash(token);
	if (!tokenHash) return undefined;
	return db
		.selectFrom('password_reset')
		.innerJoin('account', 'account.id', 'password_reset.account_id')
		.selectAll('password_reset')
		.select(['account.name', 'account.email'])
		.where('password_reset.token_hash', '=', tokenHash)
		.where('account.disabled_at', 'is', null)
		.executeTakeFirst();
}

/** Marks a link used, if it still works; false when it was used meanwhile or has expired (single use). */
export async function markPasswordResetUsed(db: Executor, id: string): Promise<boolean> {
	const at = now().toISOString();
	const result = await db
		.updateTable('password_reset')
		.set({ used_at: at })
		.where('id', '=', id)
		.where('used_at', 'is', null)
		.where('expires_at', '>', at)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}
