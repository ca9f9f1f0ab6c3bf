import { generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';

/**
 * A code an authenticator app would show. The server accepts the next time step too (clock drift), and
 * refuses a step already used, so each call may ask for a later step than the last.
 */
export function authenticatorCode(key: string, stepsAhead = 0): string {
	const step = Math.floor(Date.now() / 30_000) + stepsAhead;
	return generateHOTP(decodeBase32IgnorePadding(key.replace(/\s+/g, '')), BigInt(step), 6);
}
