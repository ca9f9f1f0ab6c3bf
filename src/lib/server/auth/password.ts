import { hash, verify, type Options } from '@node-rs/argon2';

/**
 * argon2id at OWASP's first recommended setting: 19 MiB of memory, 2 iterations, 1 lane. @node-rs/argon2
 * hashes on libuv's thread pool, so the event loop keeps serving other requests meanwhile.
 */
export const argon2Options: Options = {
	algorithm: 2, // Argon2id (a const enum in the typings, so written as its value)
	memoryCost: 19_456,
	timeCost: 2,
	parallelism: 1
};

export function hashPassword(password: string): Promise<string> {
	return hash(password, argon2Options);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
	try {
		return await verify(storedHash, password);
	} catch {
		return false;
	}
}

/**
 * A hash of a random password, checked against when the email matches no account, so that a sign-in
 * takes as long whether or not the account exists.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
	decoy ??= hashPassword(crypto.randomUUID());
	return decoy;
}
