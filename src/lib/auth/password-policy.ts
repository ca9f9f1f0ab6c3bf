import { dictionary } from '@zxcvbn-ts/language-common';

export const minimumPasswordLength = 12;
export const maximumPasswordLength = 128;

const common = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));

/** True when the password, ignoring case and any digits or symbols added at its end, is a common one. */
export function isCommonPassword(password: string): boolean {
	const lower = password.toLowerCase();
	if (common.has(lower)) return true;
	const stem = lower.replace(/[\d\W_]+$/u, '');
	return stem.length > 0 && stem !== lower && common.has(stem);
}

/**
 * The password rule of access.md: at least 12 characters, at most 128, no rules about kinds of
 * character, and not a common password. Returns the problem in plain English, or undefined.
 */
export function passwordProblem(password: string): string | undefined {
	const length = [...password].length;
	if (length < minimumPasswordLength) return `Password must be at least ${minimumPasswordLength} characters long`;
	if (length > maximumPasswordLength) return `Password must be ${maximumPasswordLength} characters or fewer`;
	if (isCommonPassword(password))
		return 'That password is too common and easy to guess: choose another, for example three random words';
	return undefined;
}
