/**
 * The app at a local authority's scale (issue #14): the built server on a copy of a seeded authority
 * (25,000 children, 100 accounts, 1,000,000 audit rows) under a mixed load at 50 requests a second, then
 * at rising rates until the 97.5th percentile passes a second (the knee) and beyond, where it should shed
 * load with 503 and Retry-After; afterwards it must still be up with every confirmed write and its audit
 * row in the file. Then SIGKILL crash cycles on the same authority under concurrent saves.
 */
import SQLite from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLogLength, auditRowsSince, checkConfirmedWrites } from '../integration/support/confirmed-writes';
import { runServerCrashCycles } from '../integration/support/server-crash-cycles';
import { staffSessions } from '../integration/support/staff-sessions';
import { startBuiltServer } from './built-server';
import { LocalAuthorityMix } from './la-mix';
import { localAuthoritySize, seededFile } from './la-seed-file';
import { figures, loadAtRate, ms, p975ByKind, type RateFigures } from './rate-load';
import type { BenchRow, BenchSuite } from './row';

/** The rates tried after 50 a second, in requests a second, until the p97.5 passes a second. */
const rising = [75, 100, 150, 200, 300, 400, 600, 800, 1200, 1600];

function summary(f: RateFigures): string {
	return `p50 ${ms(f.p50)}, p97.5 ${ms(f.p975)}, p99 ${ms(f.p99)}; ${f.achieved.toFixed(0)} answers/s, errors ${f.errors}, shed ${f.shed}`;
}

/** What the load left behind: the figures at each rate, and whether the server lived through it. */
interface LoadRun {
	seconds: number;
	fifty: RateFigures;
	byKind: string;
	steps: Array<{ rate: number; figures: RateFigures }>;
	overload: number;
	beyond: RateFigures;
	up: boolean;
}

/** 50 requests a second, then rising rates until the p97.5 passes a second, then twice that. */
async function drive(
	origin: string,
	mix: LocalAuthorityMix,
	long: boolean,
	isUp: () => Promise<boolean>
): Promise<LoadRun> {
	// Not measured: the server's code paths compiled and its caches filled, as after a morning's use.
	await loadAtRate(origin, mix, 10, long ? 20 : 5);
	const seconds = long ? 600 : 30;
	const steady = await loadAtRate(origin, mix, 50, seconds);
	const fifty = figures(steady);
	const byKind = [...p975ByKind(steady)].map(([kind, time]) => `${kind} ${ms(time)}`).join(', ');
	const steps = [{ rate: 50, figures: fifty }];
	for (const rate of rising) {
		if (steps.at(-1)!.figures.p975 > 1000) break;
		steps.push({ rate, figures: figures(await loadAtRate(origin, mix, rate, long ? 60 : 15)) });
	}
	// Twice the last rate tried, to see the server shed what it cannot take.
	const overload = 2 * steps.at(-1)!.rate;
	const beyond = figures(await loadAtRate(origin, mix, overload, long ? 60 : 15));
	return { seconds, fifty, byKind, steps, overload, beyond, up: await isUp() };
}

async function loadRows(path: string, long: boolean): Promise<BenchRow[]> {
	const cookies = await staffSessions(path, 'http://127.0.0.1');
	const reader = new SQLite(path, { readonly: true });
	const since = auditLogLength(reader);
	// Everyone in the authority's office signs in from one address: its limit is raised, as an install would.
	const server = await startBuiltServer({ SIGN_IN_ADDRESS_LIMIT: '1000000' }, { databasePath: path });
	let run: LoadRun;
	let mix: LocalAuthorityMix;
	try {
		try {
			mix = new LocalAuthorityMix(reader, cookies, server.origin);
		} finally {
			reader.close();
		}
		run = await drive(server.origin, mix, long, async () => {
			const health = await fetch(`${server.origin}/healthz`).catch(() => undefined);
			return server.process.exitCode === null && health?.ok === true;
		});
	} finally {
		await server.stop();
	}

	const check = new SQLite(path, { readonly: true });
	const writes = checkConfirmedWrites(check, mix.confirmed);
	const logged = auditRowsSince(check, since);
	check.close();
	const unauditedReads = [...mix.auditedReads].reduce(
		(sum, [action, count]) => sum + Math.max(0, count - (logged.get(action) ?? 0)),
		0
	);
	const missingAudit = writes.unaudited + unauditedReads;
	const { fifty, steps, beyond } = run;
	const knee = steps.filter((step) => step.figures.p975 <= 1000).at(-1)?.rate;
	const shed = steps.reduce((sum, step) => sum + step.figures.shed, beyond.shed);
	const shedBare = steps.reduce((sum, step) => sum + step.figures.shedWithoutRetryAfter, beyond.shedWithoutRetryAfter);
	const rampErrors = steps.slice(1).reduce((sum, step) => sum + step.figures.errors, beyond.errors);
	return [
		{
			name: `Mixed load at 50 req/s for ${run.seconds} s: caseload, plan pages, saves, PDFs, sign-ins`,
			measured: summary(fifty),
			target: 'p97.5 < 300 ms, 0 errors',
			met: fifty.p975 < 300 && fifty.errors === 0 && fifty.shed === 0
		},
		{ name: 'The same, p97.5 by kind of request', measured: run.byKind },
		{
			name: 'Knee: the highest rate with p97.5 ≤ 1 s (each rate tried: its p97.5)',
			measured: `${knee === undefined ? 'below 50' : knee} req/s (${steps.map((step) => `${step.rate}: ${ms(step.figures.p975)}`).join(', ')})`
		},
		{
			name: `Past the knee (then ${run.overload} req/s): shed with 503 + Retry-After, still up, every 303 in the file with its audit row`,
			measured: `${shed} shed (${shedBare} without Retry-After), ${rampErrors} errors, ${run.up ? 'up' : 'DOWN'}; ${mix.confirmed.length} writes confirmed, ${writes.lost.length} lost, ${missingAudit} audit rows missing`,
			target: 'shed only with Retry-After, 0 errors, up, 0 lost, 0 missing',
			met: shedBare === 0 && rampErrors === 0 && run.up && writes.lost.length === 0 && missingAudit === 0
		}
	];
}

const suite: BenchSuite = {
	title: 'Local authority scale: mixed load, the knee, crashes',
	async run({ long }) {
		const seed = await seededFile(localAuthoritySize);
		const { children, accounts, auditRows } = seed.report.size;
		const rows: BenchRow[] = [
			{
				name: `Seeding ${children.toLocaleString('en-GB')} children with plans, ${accounts} accounts, ${auditRows.toLocaleString('en-GB')} audit rows (made once, then cached)`,
				measured: `${seed.report.seconds.toFixed(0)} s`
			}
		];
		const folder = mkdtempSync(join(tmpdir(), 'golden-thread-la-load-'));
		try {
			const path = join(folder, 'la.db');
			copyFileSync(seed.path, path);
			rows.push(...(await loadRows(path, long)));
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}

		const cycles = long ? 200 : 20;
		const crash = await runServerCrashCycles(cycles, { size: localAuthoritySize, fileCheckEvery: 25 });
		rows.push({
			name: "SIGKILL crash cycles of the built server on the authority's file under concurrent saves (the file checked every 25 and after the last)",
			measured: `${crash.cycles} cycles, ${crash.confirmedWrites} confirmed writes: ${crash.lostWrites} lost, ${crash.missingAuditRows} audit rows missing; ${crash.fileChecks} checks of the file, ${crash.integrityFailures} integrity and ${crash.foreignKeyFailures} foreign-key failures`,
			target: '0 lost, 0 missing, 0 failures',
			met:
				crash.lostWrites === 0 &&
				crash.missingAuditRows === 0 &&
				crash.integrityFailures === 0 &&
				crash.foreignKeyFailures === 0
		});
		return rows;
	}
};

export default suite;
