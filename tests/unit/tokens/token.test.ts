import { describe, expect, it } from 'vitest';
import { hashSecret, newId, randomToken, sameHash } from '$lib/server/tokens/token';

describe('tokens', () => {
	it('makes tokens of at least 128 random bits, in lower-case base32', () => {
		const token = randomToken();
		expect(token).toMatch(/^[a-z2-7]+$/);
		expect(token.length * 5).toBeGreaterThanOrEqual(160);
		expect(newId().length * 5).toBeGreaterThanOrEqual(120);
	});

	it('never repeats a token in 10,000 draws', () => {
		const tokens = new Set(Array.from({ length: 10_000 }, () => randomToken()));
		expect(tokens.size).toBe(10_000);
	});

	it('hashes with SHA-256, hex', () => {
		expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('compares hashes exactly', () => {
		const hash = hashSecret('secret');
		expect(sameHash(hash, hashSecret('secret'))).toBe(true);
		expect(sameHash(hash, hashSecret('Secret'))).toBe(false);
		expect(sameHash(hash, hash.slice(1))).toBe(false);
	});
});
