import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	generatedKeyFile,
	loadSecretKey,
	newSecretKey,
	parseSecretKey,
	pendingKeyFile,
	putPendingSecretKeyInPlace,
	SecretKeyError,
	secretKeyText,
	writePendingSecretKey
} from '$lib/server/secrets/secret-key';

let folder: string;
let databaseFile: string;
beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'golden-thread-key-'));
	databaseFile = join(folder, 'golden-thread.db');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** 32 bytes as `openssl rand -base64 32` writes them: standard base64 with padding, and a newline. */
const opensslKey = 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=\n';

describe('the secret key', () => {
	it('reads 32 bytes in base64 or base64url, with or without padding and spaces, to the same key and id', () => {
		const key = parseSecretKey(opensslKey, 'SECRET_KEY');
		expect(key.bytes).toHaveLength(32);
		expect(key.id).toMatch(/^[\w-]{8}$/);
		for (const text of [secretKeyText(key), `  ${secretKeyText(key)}\n`, opensslKey.trim()]) {
			expect(parseSecretKey(text, 'SECRET_KEY')).toEqual(key);
		}
	});

	it('gives each key its own id', () => {
		expect(new Set(Array.from({ length: 20 }, () => newSecretKey().id)).size).toBe(20);
	});

	it.each([
		['empty', ''],
		['too short (16 bytes)', 'q83vEjRWeJCrze8SNFZ4kA=='],
		['too long (48 bytes)', 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJCrze8SNFZ4kKvN7xI0VniQ'],
		['hexadecimal', 'ab'.repeat(32)],
		['not base64', 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWe!A']
	])('refuses a key that is %s, saying where it came from and how to make one', (_, text) => {
		expect(() => parseSecretKey(text, 'SECRET_KEY')).toThrow(SecretKeyError);
		expect(() => parseSecretKey(text, 'SECRET_KEY')).toThrow(
			/^SECRET_KEY does not hold a usable secret key: .* openssl rand -base64 32$/
		);
	});
});

describe('where the key comes from', () => {
	it('makes a key on first start beside the database, readable by its owner only, and reads it afterwards', () => {
		const first = loadSecretKey(databaseFile, {}, { create: true });
		const path = join(folder, 'golden-thread.key');
		expect(first.source).toEqual({ kind: 'generated', path });
		expect(generatedKeyFile(databaseFile)).toBe(path);
		expect(statSync(path).mode & 0o777).toBe(0o600);
		expect(parseSecretKey(readFileSync(path, 'utf8'), path)).toEqual(first.key);
		expect(loadSecretKey(databaseFile, {}, { create: true }).key).toEqual(first.key);
		expect(loadSecretKey(databaseFile, {}, { create: false }).key).toEqual(first.key);
	});

	it('refuses to make a key when told the database needs one that already exists', () => {
		expect(() => loadSecretKey(databaseFile, {}, { create: false })).toThrow(
			`There is no secret key: ${join(folder, 'golden-thread.key')} is missing`
		);
	});

	it('takes SECRET_KEY, or the file SECRET_KEY_FILE names, and makes no file of its own', () => {
		const key = parseSecretKey(opensslKey, 'test');
		expect(loadSecretKey(databaseFile, { SECRET_KEY: opensslKey }, { create: true })).toEqual({
			key,
			source: { kind: 'SECRET_KEY' }
		});
		const file = join(folder, 'mounted-secret');
		writeFileSync(file, opensslKey);
		expect(loadSecretKey(databaseFile, { SECRET_KEY_FILE: file }, { create: true })).toEqual({
			key,
			source: { kind: 'SECRET_KEY_FILE', path: file }
		});
		expect(() => statSync(generatedKeyFile(databaseFile))).toThrow();
	});

	it.each([
		['both are set', { SECRET_KEY: opensslKey, SECRET_KEY_FILE: '/run/secrets/key' }, 'set one of them, not both'],
		['SECRET_KEY is malformed', { SECRET_KEY: 'password123' }, 'SECRET_KEY does not hold a usable secret key'],
		[
			'SECRET_KEY_FILE names no file',
			{ SECRET_KEY_FILE: '/nowhere/key' },
			'SECRET_KEY_FILE (/nowhere/key) cannot be read (ENOENT)'
		]
	])('says plainly what is wrong when %s', (_, env, message) => {
		expect(() => loadSecretKey(databaseFile, env, { create: true })).toThrow(message);
	});

	it('says which file holds a malformed key', () => {
		writeFileSync(generatedKeyFile(databaseFile), 'not a key');
		expect(() => loadSecretKey(databaseFile, {}, { create: true })).toThrow(
			`the key file ${generatedKeyFile(databaseFile)} does not hold a usable secret key`
		);
	});

	it('replaces a key file in two steps: the new key beside the old, then in its place', () => {
		loadSecretKey(databaseFile, {}, { create: true });
		const path = generatedKeyFile(databaseFile);
		const next = newSecretKey();
		writePendingSecretKey(path, newSecretKey()); // a leftover from a rotation that went no further
		writePendingSecretKey(path, next);
		expect(statSync(pendingKeyFile(path)).mode & 0o777).toBe(0o600);
		putPendingSecretKeyInPlace(path);
		expect(loadSecretKey(databaseFile, {}, { create: false }).key).toEqual(next);
		expect(() => statSync(pendingKeyFile(path))).toThrow();
	});
});
