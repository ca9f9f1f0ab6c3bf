import { now } from '../clock/clock';
import { database } from '../db/app-database';
import { findPasswordResetByToken, type PasswordResetWithAccount } from '../db/password-resets';
import { linkState, type LinkState } from '../tokens/link-token';

export type PasswordResetLookup =
	{ found: false } | { found: true; reset: PasswordResetWithAccount; state: Exclude<LinkState, 'withdrawn'> };

/** The link to set a new password behind a token, and whether it can still be used. */
export async function readPasswordReset(token: string): Promise<PasswordResetLookup> {
	const reset = await findPasswordResetByToken(database(), token);
	if (!reset) return { found: false };
	return { found: true, reset, state: linkState(reset, now()) };
}
