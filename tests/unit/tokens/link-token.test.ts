import { describe, expect, it } from 'vitest';
import { linkState, linkTokenHash, newLinkToken } from '$lib/server/tokens/link-token';
import { hashSecret } from '$lib/server/tokens/token';

describe('one-use link tokens', () => {
	it('are 160 random bits, found again by the hash that is stored', () => {
		const { token, tokenHash } = newLinkToken();
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect(tokenHash).toBe(hashSecret(token));
		expect(linkTokenHash(token)).toBe(tokenHash);
	});

	it('are not looked up when the address holds something far longer than a token', () => {
		expect(linkTokenHash('x'.repeat(100))).toBe(hashSecret('x'.repeat(100)));
		expect(linkTokenHash('x'.repeat(101))).toBeUndefined();
	});
});

describe('a link’s state', () => {
	const at = new Date('2027-03-14T10:00:00Z');
	const link = { used_at: null, expires_at: '2027-03-14T10:00:01Z' };

	it('is open until it expires, to the millisecond', () => {
		expect(linkState(link, at)).toBe('open');
		expect(linkState(link, new Date('2027-03-14T10:00:01Z'))).toBe('expired');
	});

	it('says used before withdrawn, and either before expired', () => {
		const later = new Date('2027-04-01T00:00:00Z');
		expect(linkState({ ...link, used_at: '2027-03-14T09:00:00Z', withdrawn_at: '2027-03-14T09:30:00Z' }, later)).toBe(
			'used'
		);
		expect(linkState({ ...link, withdrawn_at: '2027-03-14T09:30:00Z' }, later)).toBe('withdrawn');
	});
});
