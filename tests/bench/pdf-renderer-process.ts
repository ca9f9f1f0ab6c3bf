/**
 * A PDF renderer in a child process with its own `PDFMAKE_PATCHES` (see pdf-renderer-child.ts), for
 * the pdfmake patches' bench and equivalence test: the same plans rendered with and without patches.
 *
 * Imports are relative so that tsx can load this file.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PatchReport } from '../../src/lib/server/pdf/pdfmake-patches/index';
import type { ExamplePlanName } from './pdf-plans';

/** The plans a renderer knows: the examples and the 200-item plan. */
export type RenderedPlanName = ExamplePlanName | 'two-hundred';

export interface RendererAsk {
	id: number;
	plan: RenderedPlanName;
}

export type RendererAnswer = { report: PatchReport } | ({ id: number } & Rendered) | { id: number; error: string };

export interface Rendered {
	bytes: Uint8Array;
	/** How long the render took, in milliseconds on the clock. */
	ms: number;
	/** The processor time the process used meanwhile (all its threads, so garbage collection too). */
	cpuMs: number;
}

export interface RendererProcess {
	/** What became of each patch in the child. */
	report: PatchReport;
	render(plan: RenderedPlanName): Promise<Rendered>;
	close(): void;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Starts a renderer with `PDFMAKE_PATCHES` set to `patches` (unset when undefined). */
export function startRenderer(patches: string | undefined): Promise<RendererProcess> {
	const env = { ...process.env };
	if (patches === undefined) delete env.PDFMAKE_PATCHES;
	else env.PDFMAKE_PATCHES = patches;
	const child = fork(fileURLToPath(new URL('./pdf-renderer-child.ts', import.meta.url)), [], {
		cwd: root,
		env,
		execArgv: ['--import', 'tsx'],
		serialization: 'advanced'
	});
	const waiting = new Map<number, { resolve(rendered: Rendered): void; reject(error: Error): void }>();
	let nextId = 1;
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => {
			const error = new Error(`The PDF renderer stopped (exit code ${code}).`);
			reject(error);
			for (const job of waiting.values()) job.reject(error);
		});
		child.on('message', (answer: RendererAnswer) => {
			if ('report' in answer) {
				resolve({
					report: answer.report,
					render(plan) {
						const id = nextId++;
						return new Promise<Rendered>((done, fail) => {
							waiting.set(id, { resolve: done, reject: fail });
							child.send({ id, plan } satisfies RendererAsk);
						});
					},
					close: () => void child.kill()
				});
				return;
			}
			const job = waiting.get(answer.id);
			waiting.delete(answer.id);
			if ('error' in answer) job?.reject(new Error(answer.error));
			else job?.resolve({ bytes: answer.bytes, ms: answer.ms, cpuMs: answer.cpuMs });
		});
	});
}
