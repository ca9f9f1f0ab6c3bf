import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { constantTimeEqual } from '@oslojs/crypto/subtle';

/** RFC 6238 with the settings every authenticator app supports: SHA-1, 30-second steps, 6 digits. */
export const totpPeriodSeconds = 30;
export const totpDigits = 6;

/** A new authenticator key: 160 random bits, in base32 as authenticator apps expect. */
export function newTotpKey(): string {
	const key = new Uint8Array(20);
	crypto.getRandomValues(key);
	return encodeBase32UpperCaseNoPadding(key);
}

/** The time step a moment falls in. */
export function totpCounter(at: Date, periodSeconds = totpPeriodSeconds): number {
	return Math.floor(at.getTime() / 1000 / periodSeconds);
}

export function totpCode(key: string, at: Date, digits = totpDigits): string {
	return generateHOTP(decodeBase32IgnorePadding(key), BigInt(totpCounter(at)), digits);
}

/**
 * Checks a code against the current step and one either side (clocks drift). Returns the step it matched,
 * so the caller can refuse it next time (a code is good once), or null.
 */
export function matchTotp(key: string, code: string, at: Date, lastUsedCounter: number | null): number | null {
	const typed = code.replace(/\s+/g, '');
	if (!/^\d{6}$/.test(typed)) return null;
	const bytes = decodeBase32IgnorePadding(key);
	const current = totpCounter(at);
	for (const counter of [current - 1, current, current + 1]) {
		if (lastUsedCounter !== null && counter <= lastUsedCounter) continue;
		const expected = generateHOTP(bytes, BigInt(counter), totpDigits);
		if (constantTimeEqual(new TextEncoder().encode(expected), new TextEncoder().encode(typed))) return counter;
	}
	return null;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpKeyUri(key: string, accountEmail: string): string {
	return createTOTPKeyURI('Golden Thread', accountEmail, decodeBase32IgnorePadding(key), totpPeriodSeconds, totpDigits);
}
