import * as v from 'valibot';
import { execFile } from 'node:child_process';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { codeSchema } from '$lib/forms/sign-in';
import { createSession } from '$lib/server/auth/session';
import { newTotpKey, totpCode } from '$lib/server/auth/totp';
import { setClock } from '$lib/server/clock/clock';
import { listTotpKeys, readAccount } from '$lib/server/db/accounts';
import { database, startDatabase, stopDatabase } from '$lib/server/db/app-database';
import { startSecretKey } from '$lib/server/secrets/app-secret-key';
import { sealedKeyId, unseal } from '$lib/server/secrets/sealed-text';
import { newSecretKey, readSecretKeyFile, secretKeyText, type SecretKey } from '$lib/server/secrets/secret-key';
import { enterSignInCode } from '$lib/server/sessions/enter-sign-in-code';
import { auditRows } from './support/audit';
import { newTestDatabase, testEngine } from './support/test-engine';
import { seedAccount, seedOrganisation } from './support/accounts';

const run = promisify(execFile);
let folder: string;
/** The SQLite file the key file is named after (and, on SQLite, the database). */
let file: string;
let location: string;
let removeDatabase: () => Promise<void>;
let keyFile: string;
const moment = new Date('2026-11-22T09:00:00Z');
const ip = '192.0.2.40';
const totpKeys = { dana: newTotpKey(), sam: newTotpKey() };

beforeEach(async () => {
	const made = await newTestDatabase();
	({ folder, location, remove: removeDatabase } = made);
	file = join(folder, 'golden-thread.db');
	if (testEngine() === 'sqlite') location = file;
	keyFile = join(folder, 'golden-thread.key');
	setClock(() => moment);
});
afterEach(async () => {
	await stopDatabase();
	setClock(() => new Date());
	await removeDatabase();
});

/** Starts the database and its secret key as the server does, with no settings but `env`. */
async function start(env: NodeJS.ProcessEnv = {}): Promise<SecretKey> {
	await startDatabase(location);
	return (await startSecretKey(database(), file, env)).key;
}

/** Two staff with authenticators, sealed with the key `env` gives; the server then stopped, as rotation needs. */
async function seedAndStop(env: NodeJS.ProcessEnv = {}): Promise<SecretKey> {
	const key = await start(env);
	await seedOrganisation(database(), 'org');
	for (const [id, totpKey] of Object.entries(totpKeys)) {
		await seedAccount(database(), { id, organisationId: 'org', role: 'practitioner', totpKey });
	}
	await stopDatabase();
	return key;
}

/** `npm run rotate-secret-key`, against this test's database, with no key settings but `env`. */
function rotate(env: NodeJS.ProcessEnv = {}, args: string[] = []) {
	return run(process.execPath, ['--import', 'tsx', 'src/cli/rotate-secret-key.ts', ...args], {
		env: {
			...process.env,
			SECRET_KEY: '',
			SECRET_KEY_FILE: '',
			DATABASE_PATH: file,
			DATABASE_URL: testEngine() === 'postgres' ? location : '',
			...env
		}
	});
}

/** After a rotation to `key`: every stored key is sealed with it alone, and every code still signs in. */
async function expectResealedWith(key: SecretKey, previous: SecretKey) {
	const stored = await listTotpKeys(database());
	expect(stored.map((row) => sealedKeyId(row.totp_key))).toEqual([key.id, key.id]);
	for (const row of stored) {
		expect(unseal(row.totp_key, key)).toBe(totpKeys[row.id as keyof typeof totpKeys]);
		expect(() => unseal(row.totp_key, previous)).toThrow();
		const token = await createSession(database(), row.id, false, { ip: '127.0.0.1', userAgent: null });
		const actor = {
			account: (await readAccount(database(), row.id))!,
			sessionId: token.split('.')[0]!,
			ip,
			userAgent: null
		};
		const code = totpCode(totpKeys[row.id as keyof typeof totpKeys], moment);
		expect((await enterSignInCode(v.parse(codeSchema, { code }), actor)).ok).toBe(true);
	}
	expect((await auditRows(database())).filter((row) => row.action === 'secret-key.rotated')).toEqual([
		{
			organisation_id: null,
			account_id: null,
			plan_id: null,
			action: 'secret-key.rotated',
			item: `${previous.id} to ${key.id}`,
			ip: null
		}
	]);
}

it('re-seals every key with a new key that replaces the generated key file, records it, and codes still sign in', async () => {
	const previous = await seedAndStop();
	const { stdout } = await rotate();
	const next = readSecretKeyFile(keyFile);
	expect(next.id).not.toBe(previous.id);
	expect(stdout).toContain(
		`Re-encrypted 2 authenticator keys with the new secret key ${next.id} (it was ${previous.id}).`
	);
	expect(stdout).toContain(`The new key is in ${keyFile}.`);
	expect(stdout).not.toContain(secretKeyText(next));
	expect(statSync(keyFile).mode & 0o777).toBe(0o600);
	expect(existsSync(`${keyFile}.new`)).toBe(false);

	expect((await start()).id).toBe(next.id);
	await expectResealedWith(next, previous);
});

it('prints the new key for the operator when the key in use came from SECRET_KEY, and the server starts with it', async () => {
	const previous = newSecretKey();
	await seedAndStop({ SECRET_KEY: secretKeyText(previous) });
	const { stdout } = await rotate({ SECRET_KEY: secretKeyText(previous) });
	const printed = stdout.match(/^[\w-]{43}$/m)?.[0];
	expect(printed).toBeDefined();
	expect(stdout).toContain('The key in use came from SECRET_KEY. Before starting the server, put this new key there');
	expect(existsSync(keyFile)).toBe(false);

	await expect(start({ SECRET_KEY: secretKeyText(previous) })).rejects.toThrow('were sealed with secret key');
	await stopDatabase();
	const next = await start({ SECRET_KEY: printed });
	await expectResealedWith(next, previous);
});

it('takes a new key from a file, and says to point SECRET_KEY_FILE at it', async () => {
	const previousFile = join(folder, 'mounted-key');
	const nextFile = join(folder, 'next-key');
	const next = newSecretKey();
	writeFileSync(previousFile, secretKeyText(newSecretKey()));
	writeFileSync(nextFile, `${next.bytes.toString('base64')}\n`);
	const previous = await seedAndStop({ SECRET_KEY_FILE: previousFile });

	const { stdout } = await rotate({ SECRET_KEY_FILE: previousFile }, ['--new-key-file', nextFile]);
	expect(stdout).toContain(`Before starting the server, point SECRET_KEY_FILE at ${nextFile}`);
	expect(stdout).not.toContain(secretKeyText(next));
	expect(await start({ SECRET_KEY_FILE: nextFile })).toEqual(next);
	await expectResealedWith(next, previous);
});

it('changes nothing when the new key is the key in use', async () => {
	await seedAndStop();
	await expect(rotate({}, ['--new-key-file', keyFile])).rejects.toMatchObject({
		code: 1,
		stderr: expect.stringContaining('holds the key in use already')
	});
	await start();
	expect(await auditRows(database())).toEqual([]);
});

it('says plainly, without a stack trace, when the key in use is malformed or missing, and changes nothing', async () => {
	await seedAndStop();
	const stored = readSecretKeyFile(keyFile);
	const malformed = rotate({ SECRET_KEY: 'my secret password' });
	await expect(malformed).rejects.toMatchObject({
		code: 1,
		stderr:
			'SECRET_KEY does not hold a usable secret key: it must be 32 random bytes in base64 (43 characters, or 44 ending in "="). Make one with: openssl rand -base64 32\n'
	});
	rmSync(keyFile);
	await expect(rotate()).rejects.toMatchObject({
		code: 1,
		stderr: expect.stringMatching(/^There is no secret key: [^\n]* is missing[^\n]*\n$/)
	});
	writeFileSync(keyFile, secretKeyText(stored));
	await start();
	expect(await auditRows(database())).toEqual([]);
});

it('says how to run it when given anything else', async () => {
	await expect(rotate({}, ['--new-key', 'abc'])).rejects.toMatchObject({
		code: 2,
		stderr: expect.stringContaining('npm run rotate-secret-key -- --new-key-file <file>')
	});
});
