import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repeatDaily } from '$lib/server/retention/repeat-daily';

const day = 24 * 60 * 60 * 1000;

describe('repeatDaily', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs once soon after it starts, then every 24 hours, until stopped', async () => {
		let runs = 0;
		const task = repeatDaily('Counting', async () => void runs++, 10_000);
		await vi.advanceTimersByTimeAsync(9_999);
		expect(runs).toBe(0);
		await vi.advanceTimersByTimeAsync(1);
		expect(runs).toBe(1);
		await vi.advanceTimersByTimeAsync(day - 1);
		expect(runs).toBe(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(runs).toBe(2);
		await task.stop();
		await vi.advanceTimersByTimeAsync(3 * day);
		expect(runs).toBe(2);
	});

	it('carries on the next day after a run fails, and says so in the log', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		let runs = 0;
		const task = repeatDaily(
			'Failing',
			async () => {
				runs++;
				throw new Error('the disk is full');
			},
			1
		);
		await vi.advanceTimersByTimeAsync(1 + day);
		expect(runs).toBe(2);
		expect(logged).toHaveBeenCalledWith('Failing failed; it runs again in 24 hours', expect.any(Error));
		await task.stop();
		logged.mockRestore();
	});

	it('stopping waits for a run in progress, and starts no other', async () => {
		let finish = () => {};
		let runs = 0;
		const task = repeatDaily(
			'Slow',
			() => {
				runs++;
				return new Promise<void>((resolve) => (finish = resolve));
			},
			1
		);
		await vi.advanceTimersByTimeAsync(1);
		let stopped = false;
		const stopping = task.stop().then(() => (stopped = true));
		await vi.advanceTimersByTimeAsync(0);
		expect(stopped).toBe(false);
		finish();
		await stopping;
		expect(stopped).toBe(true);
		await vi.advanceTimersByTimeAsync(2 * day);
		expect(runs).toBe(1);
	});
});

describe('repeatDaily’s timers', () => {
	it('never keep the process alive', () => {
		const script = `import { repeatDaily } from './src/lib/server/retention/repeat-daily.ts';
			repeatDaily('Waiting', async () => {}, 60_000);`;
		const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
			encoding: 'utf8',
			timeout: 30_000
		});
		expect(result.stderr).toBe('');
		// Killed by the timeout (status null) had the pending run kept it alive.
		expect(result.status).toBe(0);
	});
});
