import * as v from 'valibot';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpSecondFactorSchema } from '$lib/forms/set-up-second-factor';
import { codeSchema } from '$lib/forms/sign-in';
import { setUpSecondFactor } from '$lib/server/accounts/set-up-second-factor';
import { createSession } from '$lib/server/auth/session';
import { newTotpKey, totpCode } from '$lib/server/auth/totp';
import { setClock } from '$lib/server/clock/clock';
import { listTotpKeys, readAccount } from '$lib/server/db/accounts';
import { database, startDatabase, stopDatabase } from '$lib/server/db/app-database';
import { openDatabase } from '$lib/server/db/database';
import { migrateToLatest } from '$lib/server/db/migrate';
import { migrationProvider } from '$lib/server/db/migrations';
import { appSecretKey, startSecretKey } from '$lib/server/secrets/app-secret-key';
import { rotateSecretKey } from '$lib/server/secrets/rotate-secret-key';
import { sealedKeyId, unseal } from '$lib/server/secrets/sealed-text';
import {
	newSecretKey,
	putPendingSecretKeyInPlace,
	SecretKeyError,
	secretKeyText,
	writePendingSecretKey
} from '$lib/server/secrets/secret-key';
import { enterSignInCode } from '$lib/server/sessions/enter-sign-in-code';
import { seedAccount, seedOrganisation } from './support/accounts';

let folder: string;
let file: string;
let keyFile: string;
const moment = new Date('2026-11-22T09:00:00Z');
const ip = '192.0.2.30';
const danaKey = newTotpKey();
/** An older, shorter key, as some authenticator set-ups made them. */
const samKey = 'JBSWY3DPEHPK3PXP';

beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'golden-thread-secrets-'));
	file = join(folder, 'golden-thread.db');
	keyFile = join(folder, 'golden-thread.key');
	setClock(() => moment);
});
afterEach(async () => {
	await stopDatabase();
	setClock(() => new Date());
	rmSync(folder, { recursive: true, force: true });
});

/** Starts the database and its secret key as the server does (no settings but `env`); a failed start stops it again. */
async function start(env: NodeJS.ProcessEnv = {}) {
	await startDatabase(file);
	try {
		return await startSecretKey(database(), file, env);
	} catch (error) {
		await stopDatabase();
		throw error;
	}
}

async function restart(env: NodeJS.ProcessEnv = {}) {
	await stopDatabase();
	return start(env);
}

/** The authenticator keys as stored, by account. */
async function storedKeys(): Promise<Record<string, string>> {
	return Object.fromEntries((await listTotpKeys(database())).map((row) => [row.id, row.totp_key]));
}

/** Whether the code `key` gives `steps` time steps after `moment` completes `id`'s sign-in. */
async function signsInWithCode(id: string, key: string, steps = 0): Promise<boolean> {
	const at = new Date(moment.getTime() + steps * 30_000);
	setClock(() => at);
	const token = await createSession(database(), id, false, { ip: '127.0.0.1', userAgent: null });
	const actor = { account: (await readAccount(database(), id))!, sessionId: token.split('.')[0]!, ip, userAgent: null };
	return (await enterSignInCode(v.parse(codeSchema, { code: totpCode(key, at) }), actor)).ok;
}

/** A database as an earlier version left it: authenticator keys stored as given, and no secret key. */
async function seedEarlierDatabase(keys: Record<string, string>) {
	const handle = openDatabase(file);
	try {
		await migrateToLatest(handle.db, migrationProvider);
		await seedOrganisation(handle.db, 'org');
		for (const [id, key] of Object.entries(keys)) {
			await seedAccount(handle.db, { id, organisationId: 'org', role: 'practitioner' });
			await handle.db.updateTable('account').set({ totp_key: key }).where('id', '=', id).execute();
		}
	} finally {
		await handle.close();
	}
}

describe('authenticator keys at rest', () => {
	it('are stored sealed when set up, with a key made beside the database for its owner only, and still sign in', async () => {
		const { key, source } = await start();
		expect(source).toEqual({ kind: 'generated', path: keyFile });
		expect(statSync(keyFile).mode & 0o777).toBe(0o600);
		await seedOrganisation(database(), 'org');
		await seedAccount(database(), { id: 'dana', organisationId: 'org', role: 'admin' });
		const token = await createSession(database(), 'dana', false, { ip: '127.0.0.1', userAgent: null });
		const actor = {
			account: (await readAccount(database(), 'dana'))!,
			sessionId: token.split('.')[0]!,
			ip,
			userAgent: null
		};
		const input = v.parse(setUpSecondFactorSchema, { key: danaKey, code: totpCode(danaKey, moment) });
		expect((await setUpSecondFactor(input, actor)).ok).toBe(true);

		const stored = (await storedKeys()).dana!;
		expect(stored).not.toContain(danaKey);
		expect(sealedKeyId(stored)).toBe(key.id);
		expect(await signsInWithCode('dana', danaKey, 1)).toBe(true);
		expect(await signsInWithCode('dana', danaKey, 2)).toBe(true);
	});

	it('stored as plain base32 by an earlier version are sealed on start, once, and their codes still sign in', async () => {
		await seedEarlierDatabase({ dana: danaKey, sam: samKey });
		const { key } = await start();
		const stored = await storedKeys();
		expect(Object.keys(stored)).toEqual(['dana', 'sam']);
		for (const [id, plain] of [
			['dana', danaKey],
			['sam', samKey]
		] as const) {
			expect(stored[id]).not.toContain(plain);
			expect(sealedKeyId(stored[id]!)).toBe(key.id);
			expect(unseal(stored[id]!, key)).toBe(plain);
		}
		expect(await signsInWithCode('dana', danaKey)).toBe(true);
		expect(await signsInWithCode('sam', samKey)).toBe(true);

		await restart();
		expect(await storedKeys()).toEqual(stored);
	});

	it('are all left as they were when one stored key is neither sealed nor base32, and the start says which', async () => {
		await seedEarlierDatabase({ dana: danaKey, sam: 'not a key' });
		await expect(start()).rejects.toThrow(
			new SecretKeyError(
				'The authenticator key stored for account sam is neither sealed nor a base32 key, so it cannot be sealed. Set it to NULL (the person then sets up their authenticator app again when they next sign in) and start again.'
			)
		);
		await startDatabase(file);
		expect(await storedKeys()).toEqual({ dana: danaKey, sam: 'not a key' });
	});
});

describe('starting with the wrong secret key, or none', () => {
	let sealedWith: string;
	beforeEach(async () => {
		sealedWith = (await start()).key.id;
		await seedOrganisation(database(), 'org');
		await seedAccount(database(), { id: 'dana', organisationId: 'org', role: 'practitioner', totpKey: danaKey });
		await stopDatabase();
	});

	it('is refused when the key file has gone, and makes no new key', async () => {
		rmSync(keyFile);
		await expect(start()).rejects.toThrow(
			`There is no secret key: ${keyFile} is missing and neither SECRET_KEY nor SECRET_KEY_FILE is set, but the database holds authenticator keys sealed with one. Put back the key file kept with the database's backup, or set SECRET_KEY or SECRET_KEY_FILE to that key.`
		);
		expect(existsSync(keyFile)).toBe(false);
	});

	it('is refused with another key, naming the key needed and the key given', async () => {
		const other = newSecretKey();
		await expect(start({ SECRET_KEY: secretKeyText(other) })).rejects.toThrow(
			`The database's authenticator keys were sealed with secret key ${sealedWith}, but SECRET_KEY holds key ${other.id}. Start with the key they were sealed with (it belongs with the database's backup).`
		);
	});

	it('is refused with a malformed key, saying how to make one', async () => {
		await expect(start({ SECRET_KEY: 'my secret password' })).rejects.toThrow(
			'SECRET_KEY does not hold a usable secret key: it must be 32 random bytes in base64 (43 characters, or 44 ending in "="). Make one with: openssl rand -base64 32'
		);
	});

	it('points to the new key when a rotation stopped after the database and before the key file', async () => {
		const next = newSecretKey();
		writePendingSecretKey(keyFile, next);
		await start();
		await rotateSecretKey(database(), appSecretKey(), next);
		await stopDatabase();

		await expect(start()).rejects.toThrow(
			`A key rotation stopped part-way: that key is in ${keyFile}.new; move it into place as ${keyFile}.`
		);
		putPendingSecretKeyInPlace(keyFile);
		expect((await start()).key.id).toBe(next.id);
		expect(await signsInWithCode('dana', danaKey)).toBe(true);
	});
});
