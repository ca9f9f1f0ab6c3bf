import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** A random string of `bytes` × 8 bits, in lower-case base32 (safe in URLs and cookies). */
export function randomToken(bytes = 20): string {
	const buffer = new Uint8Array(bytes);
	crypto.getRandomValues(buffer);
	return encodeBase32LowerCaseNoPadding(buffer);
}

/** A record id: 120 random bits, so ids in addresses cannot be guessed or counted. */
export function newId(): string {
	return randomToken(15);
}

/** SHA-256 of a secret, hex: what the database keeps in place of the secret. */
export function hashSecret(secret: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

/** Compares two hashes without leaking, through timing, how much of them matched. */
export function sameHash(a: string, b: string): boolean {
	const left = new TextEncoder().encode(a);
	const right = new TextEncoder().encode(b);
	return left.length === right.length && constantTimeEqual(left, right);
}
