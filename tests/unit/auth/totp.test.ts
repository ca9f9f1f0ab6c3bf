import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { describe, expect, it } from 'vitest';
import { matchTotp, newTotpKey, totpCode, totpCounter, totpKeyUri } from '$lib/server/auth/totp';

/** RFC 6238 appendix B, SHA-1, with its 20-byte ASCII key and 8-digit codes. */
const rfcKey = encodeBase32UpperCaseNoPadding(new TextEncoder().encode('12345678901234567890'));
const vectors: Array<[number, string]> = [
	[59, '94287082'],
	[1111111109, '07081804'],
	[1111111111, '14050471'],
	[1234567890, '89005924'],
	[2000000000, '69279037'],
	[20000000000, '65353130']
];

describe('one-time codes (RFC 6238)', () => {
	it.each(vectors)('gives the RFC test vector at %i seconds', (seconds, code) => {
		expect(totpCode(rfcKey, new Date(seconds * 1000), 8)).toBe(code);
	});

	it('accepts the code of the current step and one either side, and says which step matched', () => {
		const at = new Date(1_800_000_000_000);
		const step = totpCounter(at);
		for (const offset of [-1, 0, 1]) {
			const code = totpCode(rfcKey, new Date(at.getTime() + offset * 30_000));
			expect(matchTotp(rfcKey, code, at, null)).toBe(step + offset);
		}
		expect(matchTotp(rfcKey, totpCode(rfcKey, new Date(at.getTime() + 90_000)), at, null)).toBeNull();
	});

	it('refuses a code whose step was already used, so a code works once', () => {
		const at = new Date(1_800_000_000_000);
		const code = totpCode(rfcKey, at);
		const used = matchTotp(rfcKey, code, at, null)!;
		expect(matchTotp(rfcKey, code, at, used)).toBeNull();
	});

	it('ignores spaces and refuses anything but six digits', () => {
		const at = new Date(1_800_000_000_000);
		const code = totpCode(rfcKey, at);
		expect(matchTotp(rfcKey, `${code.slice(0, 3)} ${code.slice(3)}`, at, null)).not.toBeNull();
		expect(matchTotp(rfcKey, 'abcdef', at, null)).toBeNull();
		expect(matchTotp(rfcKey, code + '0', at, null)).toBeNull();
	});

	it('makes 160-bit keys and an otpauth address naming Golden Thread', () => {
		const key = newTotpKey();
		expect(key).toMatch(/^[A-Z2-7]{32}$/);
		const uri = totpKeyUri(key, 'd.price@riverside.example.org');
		expect(uri).toMatch(/^otpauth:\/\/totp\/Golden%20Thread:d\.price%40riverside\.example\.org\?/);
		expect(uri).toContain(`secret=${key}`);
	});
});
