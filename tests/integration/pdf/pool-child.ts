/**
 * Run by pool.test.ts as `node --import tsx tests/integration/pdf/pool-child.ts`: renders Sarah's
 * plan four times at once through a pool of two workers and prints what happened as JSON.
 */
import { readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { parsePlanDocument } from '../../../src/lib/plan/document';
import { createPdfPool } from '../../../src/lib/server/pdf/pool';

const path = new URL('../../fixtures/sarah.plan.json', import.meta.url);
const result = parsePlanDocument(JSON.parse(readFileSync(path, 'utf8')), { today: '2026-11-22' });
if (!result.ok) throw new Error('Sarah’s plan did not parse');
const pool = createPdfPool({ size: 2 });
const warnings: string[] = [];
console.warn = (...parts: unknown[]) => void warnings.push(parts.join(' '));
const renders = await Promise.all(
	[1, 2, 3, 4].map(() => pool.render(result.plan, { today: '2026-11-22', author: 'Riverside Academy' }))
);
const stats = pool.stats();
await pool.close();
process.stdout.write(
	JSON.stringify({
		mainThreadId: threadId,
		stats,
		warnings,
		sizes: renders.map((bytes) => bytes.length),
		starts: renders.map((bytes) => new TextDecoder().decode(bytes.slice(0, 5)))
	})
);
