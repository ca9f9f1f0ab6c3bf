import { describe, expect, it } from 'vitest';
import { SealedTextError, seal, sealedKeyId, unseal } from '$lib/server/secrets/sealed-text';
import { newSecretKey } from '$lib/server/secrets/secret-key';

const key = newSecretKey();
const totpKey = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The value with one bit of one part (1 iv, 2 ciphertext, 3 tag) flipped, still well formed. */
function withBitFlipped(sealed: string, part: 1 | 2 | 3): string {
	const parts = sealed.split(':');
	const bytes = Buffer.from(parts[part + 1]!, 'base64url');
	bytes[0]! ^= 1;
	parts[part + 1] = bytes.toString('base64url');
	return parts.join(':');
}

describe('sealed text', () => {
	it.each([
		['an authenticator key', totpKey],
		['an empty string', ''],
		['text beyond ASCII', 'Zoë’s café ✓ 🌱']
	])('opens to what was sealed: %s', (_, text) => {
		expect(unseal(seal(text, key), key)).toBe(text);
	});

	it('is stored as v1, the key id, then the IV, ciphertext and tag in base64url, and shows nothing of the text', () => {
		const sealed = seal(totpKey, key);
		expect(sealed).toMatch(/^v1:[\w-]{8}:[\w-]{16}:[\w-]+:[\w-]{22}$/);
		expect(sealed.split(':')[1]).toBe(key.id);
		expect(sealedKeyId(sealed)).toBe(key.id);
		expect(sealed).not.toContain(totpKey);
		expect(sealed).not.toContain(Buffer.from(totpKey).toString('base64url'));
	});

	it('takes a fresh IV every time, so the same text never seals the same way twice', () => {
		const sealed = Array.from({ length: 50 }, () => seal(totpKey, key));
		expect(new Set(sealed.map((value) => value.split(':')[2])).size).toBe(50);
		expect(new Set(sealed).size).toBe(50);
	});

	it('refuses to open with another key, even one claiming the id the value names', () => {
		const other = newSecretKey();
		const sealed = seal(totpKey, key);
		expect(() => unseal(sealed, other)).toThrow(SealedTextError);
		expect(() => unseal(sealed, other)).toThrow(`sealed with secret key ${key.id}, not ${other.id}`);
		// Past the id check, the cipher itself refuses the wrong key.
		expect(() => unseal(sealed, { ...other, id: key.id })).toThrow('it has been altered');
	});

	it.each([
		['tag', 3],
		['ciphertext', 2],
		['IV', 1]
	] as const)('refuses a value whose %s has been altered', (_, part) => {
		const sealed = seal(totpKey, key);
		expect(withBitFlipped(sealed, part)).not.toBe(sealed);
		expect(() => unseal(withBitFlipped(sealed, part), key)).toThrow('it has been altered');
	});

	it('refuses a value with a tag cut short or parts moved, and what is not sealed text at all', () => {
		const sealed = seal(totpKey, key);
		expect(() => unseal(sealed.slice(0, -2), key)).toThrow('not sealed text');
		const [version, id, iv, ciphertext, tag] = sealed.split(':');
		expect(() => unseal([version, id, tag, ciphertext, iv].join(':'), key)).toThrow('not sealed text');
		expect(() => unseal(totpKey, key)).toThrow('not sealed text');
		expect(sealedKeyId(totpKey)).toBeUndefined();
		expect(sealedKeyId(sealed.replace(/^v1/, 'v2'))).toBeUndefined();
	});
});
