import SQLite from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { today } from '../../../src/lib/server/clock/clock';
import { startBuiltServer, type BuiltServer } from '../../bench/built-server';
import { seededFile, type SeedSize } from '../../bench/la-seed-file';
import { checkConfirmedWrites, type ConfirmedWrite } from './confirmed-writes';
import { PlanWrites } from './plan-writes';
import { staffSessions } from './staff-sessions';

export interface ServerCrashReport {
	cycles: number;
	/** Writes answered 303 before the kill that ended their cycle. */
	confirmedWrites: number;
	/** Confirmed writes missing from the file after a restart, counted once each. */
	lostWrites: number;
	/** Confirmed writes without their audit row, at the worst check. */
	missingAuditRows: number;
	/** Checks of the file (`integrity_check`, `foreign_key_check`) that found a problem. */
	integrityFailures: number;
	foreignKeyFailures: number;
	/** How many times the file was checked. */
	fileChecks: number;
}

/** A small local authority: enough plans and staff for the writes to spread, quick to seed once and copy. */
export const crashTestSize: SeedSize = { children: 60, accounts: 4, auditRows: 2_000 };

/** How many writes are sent at once: staff saving at the same moment. */
const concurrency = 6;

/**
 * Kills the built server with SIGKILL at random moments while staff save aspirations and start plans
 * over HTTP, `cycles` times, restarting it on the same file (a copy of a seeded local authority) after
 * each kill: every write answered 303 must still be there with its audit row, and the file must pass
 * SQLite's own checks.
 */
export async function runServerCrashCycles(
	cycles: number,
	options: {
		size?: SeedSize;
		/**
		 * SQLite's own checks after every this many cycles (and after the last). They read the whole file:
		 * 40 s on a local authority's. A file damaged stays damaged, so a later check still finds it.
		 */
		fileCheckEvery?: number;
		random?: () => number;
	} = {}
): Promise<ServerCrashReport> {
	const random = options.random ?? Math.random;
	const fileCheckEvery = options.fileCheckEvery ?? 1;
	const seed = await seededFile(options.size ?? crashTestSize);
	const folder = mkdtempSync(join(tmpdir(), 'golden-thread-server-crash-'));
	const path = join(folder, 'crash.db');
	copyFileSync(seed.path, path);
	const cookies = [...(await staffSessions(path, 'http://127.0.0.1'))];
	const opened = new SQLite(path);
	const writes = new PlanWrites(opened, random);
	opened.close();

	const report: ServerCrashReport = {
		cycles,
		confirmedWrites: 0,
		lostWrites: 0,
		missingAuditRows: 0,
		integrityFailures: 0,
		foreignKeyFailures: 0,
		fileChecks: 0
	};
	const confirmed: ConfirmedWrite[] = [];
	const lost = new Set<ConfirmedWrite>();
	try {
		for (let cycle = 0; cycle < cycles; cycle++) {
			await serveUntilKilled(path, writes, cookies, random, (write) => confirmed.push(write));
			const check = new SQLite(path);
			try {
				if ((cycle + 1) % fileCheckEvery === 0 || cycle === cycles - 1) {
					report.fileChecks++;
					if (check.pragma('integrity_check', { simple: true }) !== 'ok') report.integrityFailures++;
					if ((check.pragma('foreign_key_check') as unknown[]).length > 0) report.foreignKeyFailures++;
				}
				const result = checkConfirmedWrites(check, confirmed);
				for (const write of result.lost) lost.add(write);
				report.missingAuditRows = Math.max(report.missingAuditRows, result.unaudited);
				// A save cut off by the kill may have landed: the next saves are based on what is there.
				writes.refresh(check);
			} finally {
				check.close();
			}
		}
		report.confirmedWrites = confirmed.length;
		report.lostWrites = lost.size;
		return report;
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

/**
 * Starts the server on the file and has staff write to it; once a write has been confirmed, waits a
 * random moment (up to 250 ms) and kills it.
 */
async function serveUntilKilled(
	path: string,
	writes: PlanWrites,
	cookies: ReadonlyArray<[string, string]>,
	random: () => number,
	confirm: (write: ConfirmedWrite) => void
): Promise<void> {
	const server = await startBuiltServer({}, { databasePath: path });
	let writers: Array<Promise<void>> = [];
	try {
		const confirmedOnce = new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('no write was confirmed within 20 s')), 20_000);
			writers = Array.from({ length: concurrency }, () =>
				writeUntilKilled(server, writes, cookies, random, (write) => {
					confirm(write);
					clearTimeout(timer);
					resolve();
				})
			);
		});
		await confirmedOnce;
		await new Promise((resolve) => setTimeout(resolve, random() * 250));
	} finally {
		await server.kill();
		await Promise.all(writers);
	}
}

/** One member of staff saving, one form after another, until the server stops answering. */
async function writeUntilKilled(
	server: BuiltServer,
	writes: PlanWrites,
	cookies: ReadonlyArray<[string, string]>,
	random: () => number,
	confirm: (write: ConfirmedWrite) => void
): Promise<void> {
	for (let n = 0; ; n++) {
		const [accountId, cookie] = cookies[Math.floor(random() * cookies.length)]!;
		const request =
			writes.mayStart(accountId) && random() < 0.15
				? writes.planStart(accountId, today())
				: writes.aspirationSave(accountId, `I want to try something new, step ${n}.`);
		if (!request) continue;
		let response: Response;
		try {
			response = await fetch(server.origin + request.path, {
				method: 'POST',
				headers: {
					cookie,
					origin: server.origin,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: request.body,
				redirect: 'manual'
			});
		} catch {
			request.answered(0, undefined);
			return;
		}
		// The status is the confirmation: a 303 has been said even if the kill cuts the body short.
		const write = request.answered(response.status, response.headers.get('location') ?? undefined);
		if (write) confirm(write);
		if (
			!(await response.arrayBuffer().then(
				() => true,
				() => false
			))
		)
			return;
	}
}
