/**
 * A PDF renderer in a process of its own, started by pdf-renderer-process.ts with `PDFMAKE_PATCHES`
 * set (the pdfmake patches change pdfmake for the whole process, so each setting needs its own): it
 * applies the patches as the server's PDF threads do, says which went in, then renders the plans it
 * is asked for and answers with the bytes and the time each render took (on the clock, and of the processor).
 *
 * Imports are relative so that tsx can load this file.
 */
import { renderPlanPdf } from '../../src/lib/pdf/plan/plan-pdf';
import type { PlanDocument } from '../../src/lib/plan/document';
import { applyPdfmakePatches } from '../../src/lib/server/pdf/pdfmake-patches/index';
import { BENCH_OPTIONS, examplePlan, twoHundredItemPlan } from './pdf-plans';
import type { RendererAnswer, RendererAsk, RenderedPlanName } from './pdf-renderer-process';

const plans = new Map<RenderedPlanName, PlanDocument>();

function plan(name: RenderedPlanName): PlanDocument {
	let found = plans.get(name);
	if (!found) {
		found = name === 'two-hundred' ? twoHundredItemPlan() : examplePlan(name);
		plans.set(name, found);
	}
	return found;
}

const send = (answer: RendererAnswer) => process.send?.(answer);

send({ report: applyPdfmakePatches() });
process.on('message', (ask: RendererAsk) => {
	const document = plan(ask.plan);
	const started = performance.now();
	const cpu = process.cpuUsage();
	renderPlanPdf(document, BENCH_OPTIONS).then(
		(bytes) => {
			const used = process.cpuUsage(cpu);
			send({ id: ask.id, bytes, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 });
		},
		(error: unknown) => send({ id: ask.id, error: String(error) })
	);
});
