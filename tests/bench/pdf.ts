/**
 * The PDF bench: pdfmake against LibreOffice converting the same plan as .docx (Sarah's plan, the
 * 200-item plan and, for information, the stress plan with 200 in every list), resident memory over
 * many renders of the stress plan, and renders through the worker pool.
 *
 * Imports are relative (not `$lib`) so that tsx can load this file and what it imports.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { renderPlanPdf } from '../../src/lib/pdf/plan/plan-pdf';
import type { PlanDocument } from '../../src/lib/plan/document';
import { applyPdfmakePatches } from '../../src/lib/server/pdf/pdfmake-patches/index';
import { createPdfPool } from '../../src/lib/server/pdf/pool';
import { median } from './median';
import { planDocx } from './pdf-docx';
import { libreOffice, type Converter } from './pdf-libreoffice';
import { BENCH_OPTIONS, sarahPlan, twoHundredItemPlan, twoHundredOfEveryListPlan } from './pdf-plans';
import type { BenchRow, BenchSuite } from './row';

const ms = (value: number) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);

/** Median time of `runs` renders in this thread, after `warm` renders that are not counted. */
async function pdfmakeWarm(plan: PlanDocument, warm: number, runs: number): Promise<number> {
	for (let index = 0; index < warm; index++) await renderPlanPdf(plan, BENCH_OPTIONS);
	const times: number[] = [];
	for (let index = 0; index < runs; index++) {
		const started = performance.now();
		await renderPlanPdf(plan, BENCH_OPTIONS);
		times.push(performance.now() - started);
	}
	return median(times);
}

/** Median time of `runs` warm LibreOffice conversions, after one that primes the profile. */
async function libreOfficeWarm(converter: Converter, plan: PlanDocument, name: string, runs: number): Promise<number> {
	const docx = await planDocx(plan);
	await converter.convert(docx, name);
	const times: number[] = [];
	for (let index = 0; index < runs; index++) times.push(await converter.convert(docx, name));
	return median(times);
}

/** A row comparing the two routes, against a target when there is one. */
function versus(name: string, pdfmake: number, office: number, target?: number): BenchRow {
	const ratio = office / pdfmake;
	const measured = `pdfmake ${ms(pdfmake)} vs LibreOffice ${ms(office)}: ${ratio.toFixed(1)}× faster`;
	return target === undefined
		? { name, measured }
		: { name, measured, target: `≥ ${target}× faster`, met: ratio >= target };
}

const suite: BenchSuite = {
	title: 'PDF',
	async run({ long }) {
		const rows: BenchRow[] = [];
		const sarah = sarahPlan();
		const big = twoHundredItemPlan();
		const stress = twoHundredOfEveryListPlan();

		// The first render in a fresh thread: fonts read and parsed, and the pdfmake patches applied, as in a
		// new PDF worker (renders here are made as the workers make them, with the patches in).
		const cold = performance.now();
		applyPdfmakePatches();
		await renderPlanPdf(sarah, BENCH_OPTIONS);
		rows.push({
			name: "Sarah's plan, first render in a thread (fonts loaded)",
			measured: ms(performance.now() - cold)
		});

		const sarahPdfmake = await pdfmakeWarm(sarah, 5, long ? 100 : 30);
		const bigPdfmake = await pdfmakeWarm(big, 2, long ? 20 : 5);
		const stressPdfmake = await pdfmakeWarm(stress, 1, long ? 5 : 2);
		const converter = libreOffice();
		let sarahOffice: number;
		let bigOffice: number;
		let stressOffice: number;
		try {
			sarahOffice = await libreOfficeWarm(converter, sarah, 'sarah', long ? 5 : 3);
			bigOffice = await libreOfficeWarm(converter, big, 'two-hundred', long ? 5 : 3);
			stressOffice = await libreOfficeWarm(converter, stress, 'every-list', long ? 3 : 1);
		} finally {
			converter.close();
		}
		rows.push(versus("Sarah's plan, warm: pdfmake vs LibreOffice (.docx → PDF)", sarahPdfmake, sarahOffice, 20));
		rows.push(
			versus('200-item plan (~85 pages), warm: pdfmake vs LibreOffice (.docx → PDF)', bigPdfmake, bigOffice, 5)
		);
		rows.push(
			versus('200 of every list (~800 pages), warm: pdfmake vs LibreOffice (.docx → PDF)', stressPdfmake, stressOffice)
		);

		// Memory, in a fresh process so nothing else in this one counts.
		const count = long ? 100 : 20;
		const root = fileURLToPath(new URL('../../', import.meta.url));
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['--import', 'tsx', 'tests/bench/pdf-memory.ts', String(count)],
			{
				cwd: root,
				timeout: 1_800_000,
				maxBuffer: 1 << 20
			}
		);
		const memory = JSON.parse(stdout) as { afterFirst: number; afterLast: number; msEach: number; inThread: boolean };
		const growth = memory.afterLast / memory.afterFirst;
		rows.push({
			name: `200 of every list: resident memory after ${count} renders vs after the first (worker pool${memory.inThread ? ' FELL BACK to the main thread' : ''})`,
			measured: `${Math.round(memory.afterLast / 2 ** 20)} MB vs ${Math.round(memory.afterFirst / 2 ** 20)} MB: ${growth.toFixed(2)}× (${ms(memory.msEach)} a render)`,
			target: '≤ 1.5×',
			met: growth <= 1.5
		});

		// The worker pool: one render at a time, and many at once (all queued: this measures
		// throughput, not the pool's limit on waiting renders).
		const batch = long ? 40 : 20;
		const pool = createPdfPool({ size: 2, maxQueue: batch });
		try {
			await Promise.all([pool.render(sarah, BENCH_OPTIONS), pool.render(sarah, BENCH_OPTIONS)]);
			for (let index = 0; index < 5; index++) await pool.render(sarah, BENCH_OPTIONS);
			const single: number[] = [];
			for (let index = 0; index < (long ? 50 : 20); index++) {
				const started = performance.now();
				await pool.render(sarah, BENCH_OPTIONS);
				single.push(performance.now() - started);
			}
			const started = performance.now();
			await Promise.all(Array.from({ length: batch }, () => pool.render(sarah, BENCH_OPTIONS)));
			const each = (performance.now() - started) / batch;
			const stats = pool.stats();
			rows.push({
				name: `Sarah's plan through the worker pool (${stats.size} workers${stats.inThread ? ', FELL BACK to the main thread' : ''})`,
				measured: `${ms(median(single))} a render one at a time; ${ms(each)} a render with ${batch} at once`
			});
		} finally {
			await pool.close();
		}
		return rows;
	}
};

export default suite;
