import { hashSecret, randomToken } from './token';

/**
 * A one-use link's token (an invitation, a link to set a new password): 160 random bits, in the link
 * only. The database keeps `tokenHash`, so a copy of it opens nothing.
 */
export function newLinkToken(): { token: string; tokenHash: string } {
	const token = randomToken(20);
	return { token, tokenHash: hashSecret(token) };
}

/**
 * The hash to find a link by, from the token in its address; undefined for anything far longer than a
 * token (32 characters), which is not one and not worth hashing.
 */
export function linkTokenHash(token: string): string | undefined {
	return token.length <= 100 ? hashSecret(token) : undefined;
}

export type LinkState = 'open' | 'used' | 'expired' | 'withdrawn';

interface OneUseLink {
	used_at: string | null;
	expires_at: string;
}

/** Whether a one-use link still works at `at`, or why not. Only a link that can be withdrawn can be withdrawn. */
export function linkState(link: OneUseLink & { withdrawn_at: string | null }, at: Date): LinkState;
export function linkState(link: OneUseLink, at: Date): Exclude<LinkState, 'withdrawn'>;
export function linkState(link: OneUseLink & { withdrawn_at?: string | null }, at: Date): LinkState {
	if (link.used_at) return 'used';
	if (link.withdrawn_at) return 'withdrawn';
	if (Date.parse(link.expires_at) <= at.getTime()) return 'expired';
	return 'open';
}
