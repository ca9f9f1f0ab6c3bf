import { runCrashCycles } from '../integration/support/crash-cycles';
import { startBuiltServer } from './built-server';
import { load } from './load';
import type { BenchSuite } from './row';

const suite: BenchSuite = {
	title: 'Walking skeleton',
	async run({ long }) {
		const server = await startBuiltServer();
		let health, asset;
		try {
			health = await load(`${server.origin}/healthz`);
			asset = await load(`${server.origin}/favicon.svg`);
		} finally {
			await server.stop();
		}
		const cycles = long ? 200 : 20;
		const crash = await runCrashCycles(cycles);
		return [
			{
				name: '/healthz vs a static asset (req/s, 10 s, 32 connections)',
				measured: `${Math.round(health.requestsPerSecond)} vs ${Math.round(asset.requestsPerSecond)} req/s, ratio ${(health.requestsPerSecond / asset.requestsPerSecond).toFixed(2)} (errors ${health.errors + asset.errors})`
			},
			{
				name: `SIGKILL crash cycles`,
				measured: `${crash.cycles} cycles, ${crash.confirmedWrites} confirmed writes, ${crash.lostWrites} lost, ${crash.integrityFailures + crash.foreignKeyFailures} check failures`,
				target: '0 lost, 0 failures',
				met: crash.lostWrites === 0 && crash.integrityFailures === 0 && crash.foreignKeyFailures === 0
			}
		];
	}
};

export default suite;
