import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../src/lib/pdf/plan/plan-pdf';
import { renderReviewPdf, type ReviewRecord } from '../../../src/lib/pdf/review/review-pdf';
import { applyPdfmakePatches } from '../../../src/lib/server/pdf/pdfmake-patches/index';
import { createPdfPool, PdfPoolBusyError, type PdfPool } from '../../../src/lib/server/pdf/pool';
import { largestPlan } from '../../fixtures/largest-plan';
import { fixturePlan, parsed, TODAY } from '../../unit/pdf/fixtures';

const OPTIONS = { today: TODAY, author: 'Riverside Academy' };
const root = fileURLToPath(new URL('../../../', import.meta.url));
const pools: PdfPool[] = [];
const pool = (options: Parameters<typeof createPdfPool>[0]) => {
	const created = createPdfPool(options);
	pools.push(created);
	return created;
};

// The pool's workers render with the pdfmake patches in; so does this thread, for the bytes to compare.
beforeAll(() => {
	applyPdfmakePatches();
});

afterEach(async () => {
	await Promise.all(pools.splice(0).map((created) => created.close()));
});

describe('the PDF worker pool', () => {
	it('renders in worker threads under tsx, four plans through two workers', async () => {
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['--import', 'tsx', 'tests/integration/pdf/pool-child.ts'],
			{
				cwd: root,
				timeout: 60_000
			}
		);
		const report = JSON.parse(stdout) as {
			stats: { size: number; inThread: boolean };
			warnings: string[];
			sizes: number[];
			starts: string[];
		};
		expect(report.warnings).toEqual([]);
		expect(report.stats).toMatchObject({ size: 2, inThread: false, busy: 0, queued: 0 });
		expect(report.starts).toEqual(['%PDF-', '%PDF-', '%PDF-', '%PDF-']);
		expect(new Set(report.sizes).size).toBe(1);
	});

	it('gives back the same bytes as rendering in this thread', async () => {
		const sarah = fixturePlan('sarah');
		const [fromPool, here] = await Promise.all([
			pool({ size: 1 }).render(sarah, OPTIONS),
			renderPlanPdf(sarah, OPTIONS)
		]);
		expect(Buffer.from(fromPool).equals(Buffer.from(here))).toBe(true);
	});

	it('passes an agreed plan’s agreement on to the worker: the same bytes as in this thread', async () => {
		const sarah = fixturePlan('sarah');
		const agreed = { ...sarah, plan: { ...sarah.plan, status: 'agreed' as const } };
		const options = {
			...OPTIONS,
			agreement: { at: '2027-03-14T09:05:00.000Z', by: 'Daniel Price', tookPart: [sarah.team[1]!] }
		};
		const [fromPool, here, without] = await Promise.all([
			pool({ size: 1 }).render(agreed, options),
			renderPlanPdf(agreed, options),
			renderPlanPdf(agreed, OPTIONS)
		]);
		expect(Buffer.from(fromPool).equals(Buffer.from(here))).toBe(true);
		expect(Buffer.from(fromPool).equals(Buffer.from(without))).toBe(false);
	});

	it('makes a review record too, the same bytes as in this thread', async () => {
		const sarah = fixturePlan('sarah');
		const review: ReviewRecord = {
			date: '2027-03-04',
			status: 'completed',
			versionNumber: 1,
			tookPart: [{ id: 't2', name: 'Grace Okafor', role: 'parent-carer' }],
			childTookPart: true,
			familyTookPart: true,
			childViewsHow: ['meeting'],
			progress: { o1: { rating: 'achieved', evidence: 'Sarah meets two friends at the park every Saturday.' } },
			childViews: 'I like the park with Mia and Jo.',
			familyViews: 'Sarah is much happier going out.',
			changesNext: 'Travel training for the town centre.',
			notes: [{ speaker: 'Grace Okafor', date: '2 February 2027', working: 'The Tuesday club.', notWorking: null }]
		};
		const [fromPool, here] = await Promise.all([
			pool({ size: 1 }).make({ kind: 'review', plan: sarah, review, options: OPTIONS }),
			renderReviewPdf(sarah, review, OPTIONS)
		]);
		expect(Buffer.from(fromPool).subarray(0, 5).toString()).toBe('%PDF-');
		expect(Buffer.from(fromPool).equals(Buffer.from(here))).toBe(true);
	});

	it('refuses a render when every worker is busy and the queue is full', async () => {
		const busy = pool({ size: 1, maxQueue: 1 });
		const plan = parsed(largestPlan({ items: 40, stepsPerOutcome: 1, textLength: 200 }));
		const first = busy.render(plan, OPTIONS);
		const second = busy.render(plan, OPTIONS);
		await expect(busy.render(plan, OPTIONS)).rejects.toBeInstanceOf(PdfPoolBusyError);
		await expect(Promise.all([first, second])).resolves.toHaveLength(2);
		expect(busy.stats()).toMatchObject({ busy: 0, queued: 0 });
	});

	it('stops a render that takes too long, and goes on working with a new worker', async () => {
		const slow = pool({ size: 1, timeoutMs: 50 });
		const plan = parsed(largestPlan({ items: 100, stepsPerOutcome: 1, textLength: 300 }));
		await expect(slow.render(plan, OPTIONS)).rejects.toThrow(/longer than 50 ms/);
		const quick = pool({ size: 1, timeoutMs: 30_000 });
		await expect(quick.render(fixturePlan('sarah'), OPTIONS)).resolves.toBeInstanceOf(Uint8Array);
	});

	it('passes on a render that fails, and rejects renders still waiting when closed', async () => {
		const failing = pool({ size: 1 });
		await expect(failing.render(fixturePlan('sarah'), { today: 'not a date', author: 'x' })).rejects.toThrow(
			/ISO date/
		);
		const closing = pool({ size: 1 });
		const waiting = expect(closing.render(fixturePlan('sarah'), OPTIONS)).rejects.toThrow(/closed/);
		await closing.close();
		await waiting;
	});
});
