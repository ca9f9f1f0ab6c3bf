/**
 * The long run of the e2e fuzz suite: 10,000 fuzzed requests (1,000 with --quick) to every discovered
 * route of the built server, as every role. Target: no answer of 500 or above, no stack trace, a sound
 * file, nothing of the bystander organisation changed.
 */
import { startBuiltServer } from './built-server';
import type { BenchRow, BenchSuite } from './row';
import { runFuzz } from '../e2e/support/fuzz/run-fuzz';

const suite: BenchSuite = {
	title: 'Fuzz of every route (built server)',
	async run({ long }) {
		const server = await startBuiltServer();
		try {
			const requests = long ? 10_000 : 1_000;
			const started = performance.now();
			const report = await runFuzz({
				origin: server.origin,
				databasePath: server.databasePath,
				requests,
				seed: 20261203
			});
			const seconds = (performance.now() - started) / 1000;
			for (const failure of report.failures) console.error(`fuzz failure: ${failure}`);
			const rows: BenchRow[] = [
				{
					name: `requests tried (${report.targets} targets, every role)`,
					measured: `${report.tried.toLocaleString('en-GB')} in ${seconds.toFixed(0)} s`
				},
				{ name: 'answers 5xx', measured: String(report.serverErrors), target: '0', met: report.serverErrors === 0 },
				{ name: 'answers showing a stack trace', measured: String(report.leaks), target: '0', met: report.leaks === 0 },
				{
					name: 'integrity check; bystander rows unchanged',
					measured: `${report.integrity}; ${report.bystanderChanged ? 'CHANGED' : 'unchanged'}`,
					target: 'ok; unchanged',
					met: report.integrity === 'ok' && !report.bystanderChanged
				}
			];
			return rows;
		} finally {
			await server.stop();
		}
	}
};

export default suite;
