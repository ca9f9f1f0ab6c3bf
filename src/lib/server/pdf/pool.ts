/**
 * PDF rendering off the request thread: a small, bounded pool of worker threads with a queue, so
 * that a server stays responsive while plans render (design: scale.md, "Long work … runs in worker
 * threads with a bound on how many at once").
 *
 * The pool starts its workers on this very module (`import.meta.url`): in the built server that is
 * the bundled chunk this code landed in, under tsx or vitest it is this `.ts` file (then the worker
 * loads tsx first). A module loaded in a worker with the pool's `workerData` installs the message
 * handler instead of being a pool. Where no worker can start (a bundler's dev server serving
 * modules that Node cannot load on its own), the pool renders in this thread instead and says so
 * once.
 *
 * Imports are relative (not `$lib`) so that tsx can load this file for the bench and the tests.
 */
import { createRequire } from 'node:module';
import { availableParallelism, setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { EasyReadPlan } from '../../easy-read/easy-read-plan';
import { renderEasyReadPdf, type EasyReadChild, type EasyReadPdfOptions } from '../../pdf/easy-read/easy-read-pdf';
import { languageFile } from '../../family-language/index';
import type { ItemTranslation } from '../../family-language/summary';
import { renderFamilySummaryPdf } from '../../family-language/summary-pdf';
import { renderMeetingRecordPdf, type MeetingRecord } from '../../pdf/meeting/meeting-record-pdf';
import { renderPlanPdf, type PlanPdfOptions } from '../../pdf/plan/plan-pdf';
import { renderReviewPdf, type ReviewRecord } from '../../pdf/review/review-pdf';
import type { PlanDocument } from '../../plan/document';
import { applyPdfmakePatches } from './pdfmake-patches/index';

/** The `workerData.role` that makes this module a worker. */
const WORKER_ROLE = 'golden-thread-pdf-worker';

/** What a worker is asked to make: a plan's PDF, the record of one of its reviews or meetings, or the child's Easy Read plan. */
export type PdfRequest =
	| { kind: 'plan'; plan: PlanDocument; options: PlanPdfOptions }
	| { kind: 'review'; plan: PlanDocument; review: ReviewRecord; options: PlanPdfOptions }
	| { kind: 'meeting'; record: MeetingRecord; options: PlanPdfOptions }
	| { kind: 'easy-read'; plan: EasyReadPlan; child: EasyReadChild; options: EasyReadPdfOptions }
	| { kind: 'family'; plan: PlanDocument; code: string; translations: FamilyTranslations; options: PlanPdfOptions };

/** The interpreters' translations of a plan's items, by item id, as a worker can be sent them. */
export type FamilyTranslations = Array<[string, ItemTranslation]>;

/** Makes a PDF in this thread, with the pdfmake patches in (applied on the thread's first PDF). */
function renderRequest(request: PdfRequest): Promise<Uint8Array> {
	applyPdfmakePatches();
	switch (request.kind) {
		case 'plan':
			return renderPlanPdf(request.plan, request.options);
		case 'review':
			return renderReviewPdf(request.plan, request.review, request.options);
		case 'meeting':
			return renderMeetingRecordPdf(request.record, request.options);
		case 'easy-read':
			return renderEasyReadPdf(request.plan, request.child, request.options);
		case 'family': {
			const language = languageFile(request.code);
			if (!language) throw new RangeError(`There is no translation file for ${request.code}.`);
			return renderFamilySummaryPdf(request.plan, language, request.translations, request.options);
		}
	}
}

/**
 * What a render is told, and nothing more, as plain data a worker can be sent: the date, the author
 * and an agreed plan's agreement.
 */
function renderOptions({ today, author, agreement }: PlanPdfOptions): PlanPdfOptions {
	return { today, author, ...(agreement ? { agreement } : {}) };
}

/** A render asked of a worker. */
interface JobMessage {
	id: number;
	request: PdfRequest;
}

/** A worker's answer: the PDF, or why it failed; or its word that it is ready. */
type WorkerMessage =
	{ ready: true } | { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

/** The pool is full: as many renders are waiting as it queues. Answer 503 and ask to try again. */
export class PdfPoolBusyError extends Error {
	constructor(queued: number) {
		super(`Too many PDFs are being made at the moment (${queued} waiting). Try again in a minute.`);
		this.name = 'PdfPoolBusyError';
	}
}

/** How a pool is set up. Every option has a default that suits a small server. */
export interface PdfPoolOptions {
	/** How many renders run at once, each in its own worker thread. Default: 2, or 1 on one core. */
	size?: number;
	/** How many renders may wait for a worker; more are refused with `PdfPoolBusyError`. Default 32. */
	maxQueue?: number;
	/** A render taking longer than this is stopped (its worker is replaced) and rejected. Default 2 minutes. */
	timeoutMs?: number;
	/** The most old-generation memory a worker may use, in MB; a worker going past it is replaced. Default 2048. */
	maxWorkerMemoryMb?: number;
	/** Renders in this thread instead of workers (for comparison in the bench). Default false. */
	inThread?: boolean;
}

/** What a pool is doing, for the bench and for health checks. */
export interface PdfPoolStats {
	size: number;
	busy: number;
	queued: number;
	/** Whether rendering has fallen back to this thread because no worker could start. */
	inThread: boolean;
}

/** A bounded pool of PDF workers. */
export interface PdfPool {
	/** Renders the plan in a worker; waits in the queue when every worker is busy. */
	render(plan: PlanDocument, options: PlanPdfOptions): Promise<Uint8Array>;
	/** Makes any PDF the workers make (a plan's, a review's, a meeting's), in the same queue. */
	make(request: PdfRequest): Promise<Uint8Array>;
	stats(): PdfPoolStats;
	/** Stops the workers; renders still waiting are rejected. */
	close(): Promise<void>;
}

interface Job {
	id: number;
	request: PdfRequest;
	resolve(bytes: Uint8Array): void;
	reject(error: Error): void;
}

interface Slot {
	worker: Worker;
	ready: boolean;
	job?: Job;
	timer?: ReturnType<typeof setTimeout>;
}

const DEFAULT_MAX_QUEUE = 32;
const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_WORKER_MEMORY_MB = 2048;

/** The default number of workers: 2, or 1 on a one-core machine. */
export function defaultPoolSize(): number {
	return Math.max(1, Math.min(2, availableParallelism()));
}

/**
 * A worker on this module. Built, the module is JavaScript and the worker starts on it directly.
 * Under tsx or vitest it is a `.ts` file, which Node 20 cannot load by itself (and `--import tsx`
 * is not honoured in a worker's `execArgv`): the worker then runs a two-line script that registers
 * tsx's loader in its own thread and imports the module.
 */
function spawnWorker(
	url: URL,
	options: { workerData: unknown; resourceLimits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } }
): Worker {
	if (!/\.[cm]?ts$/.test(url.pathname)) return new Worker(url, options);
	const tsxApi = pathToFileURL(join(dirname(createRequire(url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'));
	const script = `import(${JSON.stringify(tsxApi.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
	return new Worker(script, { ...options, eval: true });
}

/** Creates a pool of PDF workers. Workers start on the first render, not before. */
export function createPdfPool(options: PdfPoolOptions = {}): PdfPool {
	const size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
	const maxQueue = Math.max(0, Math.floor(options.maxQueue ?? DEFAULT_MAX_QUEUE));
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const memoryMb = options.maxWorkerMemoryMb ?? DEFAULT_WORKER_MEMORY_MB;
	const moduleUrl = new URL(import.meta.url);
	const slots: Slot[] = [];
	const queue: Job[] = [];
	let inThread = options.inThread ?? false;
	let inThreadBusy = 0;
	let closed = false;
	let nextId = 1;

	function startWorker(): Slot {
		const worker = spawnWorker(moduleUrl, {
			workerData: { role: WORKER_ROLE },
			// A larger young generation: a big plan allocates ~1.5 GB of short-lived objects per render,
			// and garbage collection was a third of the time (measured: 1.26–1.40 s → ~1.18 s, 200 in every list).
			resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 192 }
		});
		const slot: Slot = { worker, ready: false };
		worker.unref();
		worker.on('message', (message: WorkerMessage) => {
			if ('ready' in message) {
				slot.ready = true;
				dispatch();
				return;
			}
			const job = slot.job;
			if (!job || job.id !== message.id) return;
			finish(slot);
			if (message.ok) job.resolve(message.bytes);
			else job.reject(new Error(message.message));
			dispatch();
		});
		worker.on('error', (error) => lose(slot, error));
		worker.on('exit', (code) => lose(slot, new Error(`The PDF worker stopped (exit code ${code}).`)));
		slots.push(slot);
		return slot;
	}

	function finish(slot: Slot): void {
		if (slot.timer) clearTimeout(slot.timer);
		slot.timer = undefined;
		slot.job = undefined;
		slot.worker.unref();
	}

	/** A worker died or failed: reject its render, and fall back to this thread if none ever started. */
	function lose(slot: Slot, error: Error): void {
		const index = slots.indexOf(slot);
		if (index === -1) return;
		slots.splice(index, 1);
		const job = slot.job;
		finish(slot);
		void slot.worker.terminate();
		if (job) job.reject(error);
		if (!slot.ready && !closed && slots.every((other) => !other.ready)) {
			inThread = true;
			console.warn(`PDF workers could not start (${error.message}); rendering PDFs in the main thread instead.`);
		}
		dispatch();
	}

	function dispatch(): void {
		if (closed) return;
		if (inThread) {
			while (queue.length > 0 && inThreadBusy < size) runInThread(queue.shift() as Job);
			return;
		}
		for (const slot of slots) {
			if (queue.length === 0) return;
			if (!slot.ready || slot.job) continue;
			const job = queue.shift() as Job;
			slot.job = job;
			slot.worker.ref();
			if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
				slot.timer = setTimeout(
					() => lose(slot, new Error(`The PDF took longer than ${timeoutMs} ms to make.`)),
					timeoutMs
				);
			}
			const message: JobMessage = { id: job.id, request: job.request };
			slot.worker.postMessage(message);
		}
		// Start another worker while renders wait and the pool is not full.
		if (queue.length > 0 && slots.length < size && slots.every((slot) => slot.ready)) startWorker();
	}

	function runInThread(job: Job): void {
		inThreadBusy += 1;
		renderRequest(job.request)
			.then(job.resolve, job.reject)
			.finally(() => {
				inThreadBusy -= 1;
				dispatch();
			});
	}

	function make(request: PdfRequest): Promise<Uint8Array> {
		if (closed) return Promise.reject(new Error('The PDF pool has been closed.'));
		// Renders being made and waiting: at most one per worker and `maxQueue` more.
		const busy = inThread ? inThreadBusy : slots.filter((slot) => slot.job).length;
		if (busy + queue.length >= size + maxQueue) return Promise.reject(new PdfPoolBusyError(queue.length));
		return new Promise<Uint8Array>((resolve, reject) => {
			queue.push({
				id: nextId++,
				// The Easy Read plan's options are its own, already plain data.
				request: request.kind === 'easy-read' ? request : { ...request, options: renderOptions(request.options) },
				resolve,
				reject
			});
			if (!inThread && slots.length === 0) startWorker();
			dispatch();
		});
	}

	return {
		make,
		render: (plan, renderOptions) => make({ kind: 'plan', plan, options: renderOptions }),
		stats() {
			return {
				size,
				busy: inThread ? inThreadBusy : slots.filter((slot) => slot.job).length,
				queued: queue.length,
				inThread
			};
		},
		async close() {
			closed = true;
			for (const job of queue.splice(0)) job.reject(new Error('The PDF pool has been closed.'));
			const stopping = slots.splice(0).map((slot) => {
				const job = slot.job;
				finish(slot);
				if (job) job.reject(new Error('The PDF pool has been closed.'));
				return slot.worker.terminate();
			});
			await Promise.all(stopping);
		}
	};
}

let sharedPool: PdfPool | undefined;

/**
 * Renders a plan's PDF in the server's shared pool of worker threads (created on first use, with
 * the default size). The same result as `renderPlanPdf`, without blocking the request thread.
 * Rejects with `PdfPoolBusyError` when too many renders are already waiting.
 *
 * @example
 * const bytes = await renderPlanPdfOffThread(plan, { today: today(), author: organisation.name });
 */
export function renderPlanPdfOffThread(plan: PlanDocument, options: PlanPdfOptions): Promise<Uint8Array> {
	sharedPool ??= createPdfPool();
	return sharedPool.render(plan, options);
}

/** Renders a review's record in the server's shared pool: the same result as `renderReviewPdf`. */
export function renderReviewPdfOffThread(
	plan: PlanDocument,
	review: ReviewRecord,
	options: PlanPdfOptions
): Promise<Uint8Array> {
	sharedPool ??= createPdfPool();
	return sharedPool.make({ kind: 'review', plan, review, options });
}

/** Renders a meeting's record in the server's shared pool: the same result as `renderMeetingRecordPdf`. */
export function renderMeetingRecordPdfOffThread(record: MeetingRecord, options: PlanPdfOptions): Promise<Uint8Array> {
	sharedPool ??= createPdfPool();
	return sharedPool.make({ kind: 'meeting', record, options });
}

/** Renders the child's Easy Read plan in the server's shared pool: the same result as `renderEasyReadPdf`. */
export function renderEasyReadPdfOffThread(
	plan: EasyReadPlan,
	child: EasyReadChild,
	options: EasyReadPdfOptions
): Promise<Uint8Array> {
	sharedPool ??= createPdfPool();
	return sharedPool.make({ kind: 'easy-read', plan, child, options });
}

/** Renders the family summary in the language with this code, in the server's shared pool. */
export function renderFamilySummaryPdfOffThread(
	plan: PlanDocument,
	code: string,
	translations: FamilyTranslations,
	options: PlanPdfOptions
): Promise<Uint8Array> {
	sharedPool ??= createPdfPool();
	return sharedPool.make({ kind: 'family', plan, code, translations, options });
}

/** Stops the shared pool's workers (at shutdown, or between tests). */
export async function closePdfPool(): Promise<void> {
	const pool = sharedPool;
	sharedPool = undefined;
	await pool?.close();
}

/**
 * After a render that left this much heap in use, the worker collects its garbage at once. V8
 * otherwise lets the heap (and the process's resident memory) grow by the few hundred MB a large
 * plan's layout leaves behind, render after render, before it collects: measured, the resident
 * memory after 20 renders of the plan with 200 in every list was 1.9 times that after the first; collecting
 * after each large render (about 0.1–0.3 s, off the request thread) keeps it near 1.15 times.
 */
const COLLECT_AFTER_HEAP_BYTES = 128 * 2 ** 20;

/** V8's garbage collector, for a worker: exposed at run time, as a worker cannot take V8 flags. */
function garbageCollector(): (() => void) | undefined {
	try {
		setFlagsFromString('--expose-gc');
		return runInNewContext('gc') as () => void;
	} catch {
		return undefined;
	}
}

/**
 * Renders yield the processor to the server's own thread: on Linux a thread's nice value is its own, and
 * `setPriority` with no process id sets the calling thread's. Pages stay quick while PDFs are made.
 */
function lowerThreadPriority(): void {
	try {
		setPriority(19);
	} catch {
		// Not permitted or not supported here: renders simply run at normal priority.
	}
}

/** Inside a worker started by a pool: make each PDF asked for and send its bytes back. */
function serveAsWorker(port: NonNullable<typeof parentPort>): void {
	lowerThreadPriority();
	const collect = garbageCollector();
	port.on('message', (job: JobMessage) => {
		renderRequest(job.request).then(
			(bytes) => {
				if (collect && process.memoryUsage().heapUsed > COLLECT_AFTER_HEAP_BYTES) collect();
				// Send a buffer of its own, moved rather than copied.
				const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
				const reply: WorkerMessage = { id: job.id, ok: true, bytes: own };
				port.postMessage(reply, [own.buffer as ArrayBuffer]);
			},
			(error: unknown) => {
				const reply: WorkerMessage = {
					id: job.id,
					ok: false,
					message: error instanceof Error ? error.message : String(error)
				};
				port.postMessage(reply);
			}
		);
	});
	port.postMessage({ ready: true } satisfies WorkerMessage);
}

if (!isMainThread && parentPort && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE) {
	serveAsWorker(parentPort);
}
