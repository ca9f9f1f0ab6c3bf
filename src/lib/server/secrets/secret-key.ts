/**
 * The secret key that seals secrets at rest (the authenticator keys): where it comes from, its format and
 * its id. Plain Node, no SvelteKit, so that the command-line scripts and the tests' seeds use it as well.
 */
import { createHmac, randomBytes } from 'node:crypto';
import {
	closeSync,
	existsSync,
	fsyncSync,
	mkdirSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	writeSync
} from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';

/** AES-256 takes 256 bits. */
const keyLength = 32;
/** 32 bytes in base64 or base64url: 43 characters, 44 with the padding `openssl rand -base64 32` adds. */
const keyPattern = /^[A-Za-z0-9+/_-]{43}=?$/;

export interface SecretKey {
	/** Names the key in every value it seals, without revealing anything of it: a value says which key it needs. */
	id: string;
	bytes: Buffer;
}

/** Where the key comes from, in the order looked at. */
export type SecretKeySource =
	{ kind: 'SECRET_KEY' } | { kind: 'SECRET_KEY_FILE'; path: string } | { kind: 'generated'; path: string };

/** A key that is missing, malformed or not the one the database needs: said plainly, for the operator. */
export class SecretKeyError extends Error {}

function keyFromBytes(bytes: Buffer): SecretKey {
	const id = createHmac('sha256', bytes).update('golden-thread secret key id').digest('base64url').slice(0, 8);
	return { id, bytes };
}

export function newSecretKey(): SecretKey {
	return keyFromBytes(randomBytes(keyLength));
}

/** The key as it is written to a file or put in `SECRET_KEY`: base64url. */
export function secretKeyText(key: SecretKey): string {
	return key.bytes.toString('base64url');
}

/** Reads a key in base64 or base64url (surrounding spaces and newlines ignored); `from` says where it was. */
export function parseSecretKey(text: string, from: string): SecretKey {
	const trimmed = text.trim();
	if (!keyPattern.test(trimmed)) {
		throw new SecretKeyError(
			`${from} does not hold a usable secret key: it must be 32 random bytes in base64 (43 characters, or 44 ending in "="). Make one with: openssl rand -base64 32`
		);
	}
	return keyFromBytes(Buffer.from(trimmed, 'base64'));
}

/** The file the key is generated into when none is configured: beside the database, named after it. */
export function generatedKeyFile(databaseFile: string): string {
	const { dir, name } = parse(resolve(databaseFile));
	return join(dir, `${name}.key`);
}

/** Where the key for a database comes from: `SECRET_KEY`, the file `SECRET_KEY_FILE` names, or the generated file. */
export function secretKeySource(databaseFile: string, env: NodeJS.ProcessEnv = process.env): SecretKeySource {
	if (env.SECRET_KEY) return { kind: 'SECRET_KEY' };
	if (env.SECRET_KEY_FILE) return { kind: 'SECRET_KEY_FILE', path: resolve(env.SECRET_KEY_FILE) };
	return { kind: 'generated', path: generatedKeyFile(databaseFile) };
}

/** The source in words, for messages. */
export function describeSecretKeySource(source: SecretKeySource): string {
	if (source.kind === 'SECRET_KEY') return 'SECRET_KEY';
	if (source.kind === 'SECRET_KEY_FILE') return `SECRET_KEY_FILE (${source.path})`;
	return `the key file ${source.path}`;
}

/** A key file's key; a missing or unreadable file is a `SecretKeyError` saying so. */
export function readSecretKeyFile(path: string, from = path): SecretKey {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? String(error);
		throw new SecretKeyError(`${from} cannot be read (${code}).`);
	}
	return parseSecretKey(text, from);
}

/**
 * The key for this database and where it came from. When nothing is configured and the generated file does
 * not exist yet, it is made if `create` says so (a database with nothing sealed yet), and refused otherwise:
 * a new key could not open what the lost one sealed.
 */
export function loadSecretKey(
	databaseFile: string,
	env: NodeJS.ProcessEnv,
	{ create }: { create: boolean }
): { key: SecretKey; source: SecretKeySource } {
	if (env.SECRET_KEY && env.SECRET_KEY_FILE) {
		throw new SecretKeyError('Both SECRET_KEY and SECRET_KEY_FILE are set: set one of them, not both.');
	}
	const source = secretKeySource(databaseFile, env);
	const from = describeSecretKeySource(source);
	if (source.kind === 'SECRET_KEY') return { key: parseSecretKey(env.SECRET_KEY!, from), source };
	if (source.kind === 'SECRET_KEY_FILE') return { key: readSecretKeyFile(source.path, from), source };
	if (existsSync(source.path)) return { key: readSecretKeyFile(source.path, from), source };
	if (!create) {
		throw new SecretKeyError(
			`There is no secret key: ${source.path} is missing and neither SECRET_KEY nor SECRET_KEY_FILE is set, but the database holds authenticator keys sealed with one. Put back the key file kept with the database's backup, or set SECRET_KEY or SECRET_KEY_FILE to that key.`
		);
	}
	const key = newSecretKey();
	mkdirSync(dirname(source.path), { recursive: true });
	try {
		writeSecretKeyFile(source.path, key);
	} catch (error) {
		// Another process (a second server starting, the rotation command) made it first: use its key.
		if ((error as NodeJS.ErrnoException).code === 'EEXIST')
			return { key: readSecretKeyFile(source.path, from), source };
		throw error;
	}
	return { key, source };
}

/** Writes a key into a new file (`EEXIST` if there is one), readable by its owner only, on disk before it returns. */
function writeSecretKeyFile(path: string, key: SecretKey): void {
	const file = openSync(path, 'wx', 0o600);
	try {
		writeSync(file, `${secretKeyText(key)}\n`);
		fsyncSync(file);
	} finally {
		closeSync(file);
	}
}

/** Where a rotation puts the new key until the database is sealed with it. */
export function pendingKeyFile(path: string): string {
	return `${path}.new`;
}

/**
 * Rotation, first step: the new key written beside the old, on disk before the database changes, so that
 * a crash part-way leaves a key for whatever the database then holds. A leftover from a rotation that
 * never reached the database is replaced.
 */
export function writePendingSecretKey(path: string, key: SecretKey): void {
	rmSync(pendingKeyFile(path), { force: true });
	writeSecretKeyFile(pendingKeyFile(path), key);
}

/** Rotation, last step, once the database is sealed with the new key: it takes the old one's place. */
export function putPendingSecretKeyInPlace(path: string): void {
	renameSync(pendingKeyFile(path), path);
}
