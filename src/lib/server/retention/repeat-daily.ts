const dayMs = 24 * 60 * 60 * 1000;

/** A task repeated every day, until stopped. */
export interface DailyTask {
	/** Cancels the runs to come and waits for one in progress to finish. */
	stop(): Promise<void>;
}

/**
 * Runs `task` once `firstAfterMs` from now, then 24 hours after each run ends (so two runs never overlap).
 * The timers are unref'd: a pending run never keeps the process alive. A run that fails is logged and the
 * next one comes all the same.
 */
export function repeatDaily(name: string, task: () => Promise<void>, firstAfterMs: number): DailyTask {
	let stopped = false;
	let running: Promise<void> | undefined;
	const run = () => {
		running = task()
			.catch((error: unknown) => console.error(`${name} failed; it runs again in 24 hours`, error))
			.finally(() => {
				running = undefined;
				if (!stopped) timer = setTimeout(run, dayMs).unref();
			});
	};
	let timer = setTimeout(run, firstAfterMs).unref();
	return {
		async stop() {
			stopped = true;
			clearTimeout(timer);
			await running;
		}
	};
}
