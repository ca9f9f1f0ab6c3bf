import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { RetentionRun } from '$lib/server/retention/delete-due-records';

const runnerScript = resolve('tests/integration/support/retention-runner.ts');

/** Runs the retention job in `count` processes at once on one database file; each one's result. */
export async function runRetentionInProcesses(databaseLocation: string, count: number): Promise<RetentionRun[]> {
	const runners = Array.from({ length: count }, () => {
		const child = spawn(process.execPath, ['--import', 'tsx', runnerScript, databaseLocation], {
			stdio: ['pipe', 'pipe', 'inherit']
		});
		let output = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
		const ready = new Promise<void>((done, fail) => {
			child.stdout.on('data', () => output.startsWith('ready\n') && done());
			child.once('exit', (code) => fail(new Error(`a retention runner exited (${code}) before it was ready`)));
		});
		const exited = new Promise<number | null>((done) => child.once('exit', done));
		return { child, ready, exited, output: () => output };
	});
	await Promise.all(runners.map((runner) => runner.ready));
	for (const runner of runners) runner.child.stdin.end('go\n');
	const codes = await Promise.all(runners.map((runner) => runner.exited));
	if (codes.some((code) => code !== 0)) throw new Error(`retention runners exited with ${codes.join(', ')}`);
	return runners.map((runner) => JSON.parse(runner.output().split('\n')[1]!) as RetentionRun);
}
