/**
 * Text sealed at rest with AES-256-GCM, stored as `v1:<key id>:<iv>:<ciphertext>:<tag>`, each part in
 * base64url. Every value gets a fresh random 96-bit IV (GCM must never see one twice under a key); the tag
 * makes a changed value, or the wrong key, fail to open rather than give something else. The key id says
 * which key a value needs, so that a rotation or a start with the wrong key can tell; `v1` leaves room
 * for another scheme later.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretKey } from './secret-key';

const algorithm = 'aes-256-gcm';
const ivLength = 12;
const tagLength = 16;
/** base64url of 12 bytes is 16 characters, of 16 bytes 22. */
const sealedPattern = /^v1:([A-Za-z0-9_-]+):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]*):([A-Za-z0-9_-]{22})$/;

/** A value that is not sealed, was sealed with another key, or has been altered. */
export class SealedTextError extends Error {}

export function seal(text: string, key: SecretKey): string {
	const iv = randomBytes(ivLength);
	const cipher = createCipheriv(algorithm, key.bytes, iv, { authTagLength: tagLength });
	const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
	const parts = [iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString('base64url'));
	return ['v1', key.id, ...parts].join(':');
}

/** The id of the key that sealed a value; undefined when the value is not sealed text. */
export function sealedKeyId(value: string): string | undefined {
	return sealedPattern.exec(value)?.[1];
}

export function unseal(value: string, key: SecretKey): string {
	const match = sealedPattern.exec(value);
	if (!match) throw new SealedTextError('The value is not sealed text.');
	// The pattern matched, so every part is there; the defaults only satisfy the type checker.
	const [, keyId = '', iv = '', ciphertext = '', tag = ''] = match;
	if (keyId !== key.id) throw new SealedTextError(`The value was sealed with secret key ${keyId}, not ${key.id}.`);
	const decipher = createDecipheriv(algorithm, key.bytes, Buffer.from(iv, 'base64url'), { authTagLength: tagLength });
	decipher.setAuthTag(Buffer.from(tag, 'base64url'));
	try {
		return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
	} catch {
		throw new SealedTextError(`A value sealed with secret key ${key.id} did not open: it has been altered.`);
	}
}
