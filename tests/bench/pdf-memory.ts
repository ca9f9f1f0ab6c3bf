/**
 * Run in a fresh process by the PDF bench (`node --import tsx tests/bench/pdf-memory.ts COUNT`):
 * renders the stress plan (200 in every list) COUNT times through a one-worker pool, as the server does, and prints
 * the process's resident memory (this thread and the worker) after the first render and after the
 * last, as JSON.
 */
import { createPdfPool } from '../../src/lib/server/pdf/pool';
import { BENCH_OPTIONS, twoHundredOfEveryListPlan } from './pdf-plans';

const count = Number(process.argv[2] ?? 100);
const plan = twoHundredOfEveryListPlan();
const pool = createPdfPool({ size: 1, timeoutMs: 0 });
await pool.render(plan, BENCH_OPTIONS);
const afterFirst = process.memoryUsage().rss;
const started = performance.now();
for (let index = 1; index < count; index++) await pool.render(plan, BENCH_OPTIONS);
const afterLast = process.memoryUsage().rss;
const inThread = pool.stats().inThread;
await pool.close();
process.stdout.write(
	JSON.stringify({
		count,
		afterFirst,
		afterLast,
		inThread,
		msEach: (performance.now() - started) / Math.max(1, count - 1)
	})
);
