import { describe, expect, it } from 'vitest';
import { argon2Options, hashPassword, verifyPassword } from '$lib/server/auth/password';

describe('password hashing', () => {
	it('stores argon2id with 19 MiB, 2 iterations and 1 lane, as read back from the hash itself', async () => {
		const stored = await hashPassword('correct horse battery staple');
		expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
		expect(argon2Options).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
	});

	it('verifies the right password and refuses a wrong one', async () => {
		const stored = await hashPassword('correct horse battery staple');
		await expect(verifyPassword(stored, 'correct horse battery staple')).resolves.toBe(true);
		await expect(verifyPassword(stored, 'correct horse battery stapler')).resolves.toBe(false);
	});

	it('salts every hash, so the same password never hashes the same twice', async () => {
		expect(await hashPassword('same password twice')).not.toBe(await hashPassword('same password twice'));
	});

	it('answers false, not an exception, for a damaged stored hash', async () => {
		await expect(verifyPassword('not a hash', 'anything at all')).resolves.toBe(false);
	});
});
