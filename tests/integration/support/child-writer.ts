import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface ChildWriter {
	process: ChildProcess;
	/** Ids whose commit the child has reported as done. */
	confirmed: string[];
	/** Resolves once the child has confirmed at least `count` writes. */
	waitFor(count: number): Promise<void>;
	kill(): Promise<void>;
}

const writerScript = resolve('tests/integration/support/writer.ts');

/** Starts the writer in a child process against a database file. */
export function startChildWriter(databasePath: string): ChildWriter {
	const child = spawn(process.execPath, ['--import', 'tsx', writerScript, databasePath], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const confirmed: string[] = [];
	let partial = '';
	const waiters: Array<{ count: number; resolve: () => void }> = [];
	child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
		const lines = (partial + chunk).split('\n');
		partial = lines.pop() ?? '';
		confirmed.push(...lines.filter(Boolean));
		for (const waiter of waiters.filter((w) => confirmed.length >= w.count)) {
			waiters.splice(waiters.indexOf(waiter), 1);
			waiter.resolve();
		}
	});
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	return {
		process: child,
		confirmed,
		waitFor(count) {
			if (confirmed.length >= count) return Promise.resolve();
			return new Promise((resolve, reject) => {
				waiters.push({ count, resolve });
				child.once('exit', () => reject(new Error(`the writer exited after ${confirmed.length} writes`)));
			});
		},
		async kill() {
			child.kill('SIGKILL');
			await exited;
		}
	};
}
