import { readFileSync } from 'node:fs';
import { newSecretKey, secretKeyText } from '../../src/lib/server/secrets/secret-key';
import { startTestPostgres } from '../integration/support/postgres-server';
import { startBuiltServer, type BuiltServer } from './built-server';
import { load, type LoadResult } from './load';
import { sarahPlan } from './pdf-plans';
import { seed } from './plan-page';
import type { BenchRow, BenchSuite } from './row';

/** A reader of a plan's live stream that notes when each numbered edit reached it. */
interface Listener {
	arrivals: Map<number, number>;
	close(): void;
}

async function listen(url: string, cookie: string): Promise<Listener> {
	const aborter = new AbortController();
	const response = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: aborter.signal });
	if (response.status !== 200) throw new Error(`the stream answered ${response.status}`);
	const arrivals = new Map<number, number>();
	const reader = response.body!.getReader();
	const decoder = new TextDecoder();
	void (async () => {
		let buffer = '';
		try {
			for (;;) {
				const { value, done } = await reader.read();
				if (done) return;
				buffer += decoder.decode(value, { stream: true });
				const events = buffer.split('\n\n');
				buffer = events.pop()!;
				for (const event of events) {
					const edit = /Live edit (\d+)\./.exec(event);
					if (edit) arrivals.set(Number(edit[1]), performance.now());
				}
			}
		} catch {
			// Closed by the bench.
		}
	})();
	return { arrivals, close: () => aborter.abort() };
}

/**
 * `count` readers of one plan's stream, spread over the servers, and `edits` aspirations saved one after
 * another through the first server: each reader's delay from the save being sent to the change reaching it.
 */
async function delivery(servers: BuiltServer[], planId: string, cookie: string, count: number, edits: number) {
	const listeners = await Promise.all(
		Array.from({ length: count }, (_, index) =>
			listen(`${servers[index % servers.length]!.origin}/plans/${planId}/changes`, cookie)
		)
	);
	const delays: number[] = [];
	let missed = 0;
	const { origin } = servers[0]!;
	for (let edit = 0; edit < edits; edit++) {
		const sent = performance.now();
		const answer = await fetch(`${origin}/plans/${planId}/aspirations?/save`, {
			method: 'POST',
			body: new URLSearchParams({ text: `Live edit ${edit}.`, voice: 'parent-carer' }),
			redirect: 'manual',
			headers: { cookie, origin, accept: 'text/html' }
		});
		if (answer.status !== 303) throw new Error(`a save answered ${answer.status}`);
		const until = performance.now() + 5_000;
		while (listeners.some((listener) => !listener.arrivals.has(edit)) && performance.now() < until)
			await new Promise((resolve) => setTimeout(resolve, 2));
		for (const listener of listeners) {
			const at = listener.arrivals.get(edit);
			if (at === undefined) missed++;
			else delays.push(at - sent);
		}
	}
	listeners.forEach((listener) => listener.close());
	delays.sort((a, b) => a - b);
	const at = (share: number) => delays[Math.min(delays.length - 1, Math.floor(delays.length * share))] ?? NaN;
	return { p50: at(0.5), p975: at(0.975), count: delays.length, missed };
}

function deliveryRow(name: string, measured: Awaited<ReturnType<typeof delivery>>): BenchRow {
	return {
		name,
		measured: `${measured.p50.toFixed(1)} ms, ${measured.p975.toFixed(1)} ms over ${measured.count} deliveries (${measured.missed} missed)`,
		target: 'p97.5 ≤ 250 ms, none missed',
		met: measured.p975 <= 250 && measured.missed === 0
	};
}

/** The server's resident memory now, in bytes (Linux). */
function residentBytes(server: BuiltServer): number {
	const status = readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

/** The plan page's throughput with `streams` readers holding its stream open meanwhile, and the memory they take. */
async function withOpenStreams(server: BuiltServer, planId: string, cookie: string, streams: number, seconds: number) {
	const url = `${server.origin}/plans/${planId}`;
	const headers = { cookie };
	await load(url, { seconds: 2, connections: 8, headers });
	const none: LoadResult = await load(url, { seconds, connections: 8, headers });
	const before = residentBytes(server);
	const listeners = await Promise.all(Array.from({ length: streams }, () => listen(`${url}/changes`, cookie)));
	await new Promise((resolve) => setTimeout(resolve, 1000));
	const perStream = (residentBytes(server) - before) / streams;
	const open: LoadResult = await load(url, { seconds, connections: 8, headers });
	listeners.forEach((listener) => listener.close());
	return { none, open, perStream };
}

/**
 * Meeting mode's promise (issue 16) on the live-update interface: a change reaches everyone with the plan
 * open within a blink, on one SQLite server and across two servers on one PostgreSQL, and open streams cost
 * the server little.
 */
const suite: BenchSuite = {
	title: 'Live updates',
	async run({ long }) {
		const edits = long ? 40 : 15;
		const seconds = long ? 10 : 4;
		const rows: BenchRow[] = [];

		const sqlite = await startBuiltServer();
		try {
			const { planIds, cookie } = await seed(sqlite.databasePath, [sarahPlan()]);
			rows.push(
				deliveryRow(
					'SQLite: an edit delivered to 50 readers of one plan, p50, p97.5',
					await delivery([sqlite], planIds[0]!, cookie, 50, edits)
				)
			);
			const streams = await withOpenStreams(sqlite, planIds[0]!, cookie, 500, seconds);
			const share = streams.open.requestsPerSecond / streams.none.requestsPerSecond;
			rows.push(
				{
					name: 'SQLite: 500 open streams on one server, memory per stream',
					measured: `${(streams.perStream / 1024).toFixed(1)} KiB (resident memory's growth)`
				},
				{
					name: 'SQLite: the plan page with 500 streams open vs none, req/s (p97.5)',
					measured: `${Math.round(streams.open.requestsPerSecond)} (${streams.open.latencyP975} ms) vs ${Math.round(streams.none.requestsPerSecond)} (${streams.none.latencyP975} ms): ${(share * 100).toFixed(0)} %`,
					target: '≥ 80 %',
					met: share >= 0.8 && streams.open.errors + streams.none.errors === 0
				}
			);
		} finally {
			await sqlite.stop();
		}

		const postgres = await startTestPostgres({ durable: true });
		try {
			await postgres.admin('CREATE DATABASE live');
			const url = postgres.url('live');
			const env = { DATABASE_URL: url, SECRET_KEY: secretKeyText(newSecretKey()) };
			const servers = [await startBuiltServer(env), await startBuiltServer(env)];
			try {
				const { planIds, cookie } = await seed(url, [sarahPlan()]);
				rows.push(
					deliveryRow(
						'PostgreSQL, two servers: an edit through one delivered to 50 readers on both, p50, p97.5',
						await delivery(servers, planIds[0]!, cookie, 50, edits)
					)
				);
			} finally {
				await Promise.all(servers.map((server) => server.stop()));
			}
		} finally {
			await postgres.stop();
		}
		return rows;
	}
};

export default suite;
