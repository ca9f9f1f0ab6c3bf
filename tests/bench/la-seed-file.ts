/**
 * The seeded local authority's database file, kept under the OS temp folder between runs: seeding takes
 * a while, so a file is made once for each list of migrations (a new migration makes a new file) and
 * each size and version of the seed, and copied for every run that writes to it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrations } from '../../src/lib/server/db/migrations';

/** A local authority's size: Kent holds about 20,000 EHC plans (design/scale.md). */
export interface SeedSize {
	children: number;
	accounts: number;
	auditRows: number;
}

export const localAuthoritySize: SeedSize = { children: 25_000, accounts: 100, auditRows: 1_000_000 };

/** Raised whenever what the seed writes changes, so that an older file is not reused. */
const seedVersion = 1;

/** Every seeded account's password. */
export const seedPassword = 'correct horse battery staple';

/** What the seed leaves beside the file: how long it took, for the bench to report. */
export interface SeedReport {
	size: SeedSize;
	seconds: number;
}

export function seedFilePath(size: SeedSize): string {
	const key = createHash('sha256')
		.update(JSON.stringify([seedVersion, size, Object.keys(migrations)]))
		.digest('hex')
		.slice(0, 16);
	return join(tmpdir(), 'golden-thread-la-scale', `la-${key}.db`);
}

export function seedReportPath(file: string): string {
	return `${file}.json`;
}

/**
 * The seeded file for `size`, made now (in a child process, `la-seed.ts`) unless an earlier run left it.
 * Treat it as read-only: copy it before a server writes to it.
 */
export async function seededFile(size: SeedSize = localAuthoritySize): Promise<{ path: string; report: SeedReport }> {
	const path = seedFilePath(size);
	if (!existsSync(path)) {
		const child = spawn(
			process.execPath,
			[
				'--import',
				'tsx',
				fileURLToPath(new URL('./la-seed.ts', import.meta.url)),
				path,
				String(size.children),
				String(size.accounts),
				String(size.auditRows)
			],
			{ stdio: ['ignore', 'inherit', 'inherit'] }
		);
		const code = await new Promise<number | null>((done) => child.once('exit', done));
		if (code !== 0 || !existsSync(path)) throw new Error(`seeding ${path} failed (exit ${code})`);
	}
	return { path, report: JSON.parse(readFileSync(seedReportPath(path), 'utf8')) as SeedReport };
}
