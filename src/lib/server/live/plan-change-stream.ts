import type { PlanChangeSignal } from './plan-change-signal';

/** One change as a live reader is told it. */
export interface PlanChangeEvent {
	/** The audit row's id: where a reader that reconnects catches up from (`Last-Event-ID`). */
	id: number;
	/** "Grace Khan". */
	who: string;
	/** "Changed aspiration 3: “…”". */
	what: string;
	at: string;
	/** Made by the reader themselves (on another screen, say). */
	mine: boolean;
}

export interface PlanChangeStreamOptions {
	signal: PlanChangeSignal;
	planId: string;
	/** The last change the reader has: the stream starts after it. */
	after: number;
	/** The changes after one; fewer than `batch` means there are no more yet. */
	readChanges(after: number): Promise<PlanChangeEvent[]>;
	batch: number;
	/** Whether the reader may still see the plan (still signed in, still given access). */
	stillAllowed(): Promise<boolean>;
	/** A comment this often keeps proxies from closing a quiet stream. */
	heartbeatMs?: number;
}

/** How soon a browser that lost the stream asks again (the EventSource `retry` field). */
const reconnectMs = 1000;
const encoder = new TextEncoder();
const open = new Set<() => void>();

/**
 * A plan's changes as server-sent events: those after `after` at once, then each as it is committed, on
 * whichever server. Every wake-up re-reads from the last change sent, so two wake-ups for one change send
 * it once, and one missed is made up by the next. Access is checked again on every wake-up: a reader
 * signed out or whose access was withdrawn is told nothing more, and the stream ends.
 */
export function planChangeStream(options: PlanChangeStreamOptions): ReadableStream<Uint8Array> {
	let last = options.after;
	let reading: Promise<void> | undefined;
	let again = false;
	let ended = false;
	let stop = () => {};

	return new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (text: string) => {
				if (!ended) controller.enqueue(encoder.encode(text));
			};
			const end = () => {
				if (ended) return;
				ended = true;
				stop();
				controller.close();
			};
			const read = async () => {
				do {
					again = false;
					if (!(await options.stillAllowed())) return end();
					const changes = await options.readChanges(last);
					for (const change of changes) {
						const { id, ...told } = change;
						send(`id: ${id}\nevent: change\ndata: ${JSON.stringify(told)}\n\n`);
						last = id;
					}
					if (changes.length >= options.batch) again = true;
				} while (again && !ended);
			};
			const wake = () => {
				if (ended) return;
				if (reading) {
					again = true;
					return;
				}
				reading = read()
					.catch((error) => {
						// Busy, or the database away for a moment: the browser reconnects and catches up.
						console.warn(`A live stream of plan ${options.planId} stopped: ${(error as Error).message}`);
						end();
					})
					.finally(() => (reading = undefined));
			};
			const unlisten = options.signal.listen(options.planId, wake);
			const heartbeat = setInterval(() => send(': still here\n\n'), options.heartbeatMs ?? 25_000);
			stop = () => {
				unlisten();
				clearInterval(heartbeat);
				open.delete(end);
			};
			open.add(end);
			send(`retry: ${reconnectMs}\n\n`);
			wake();
		},
		cancel() {
			ended = true;
			stop();
		}
	});
}

/** Ends every open stream, so that a server stopping is not held open by its readers; they reconnect elsewhere. */
export function endPlanChangeStreams(): void {
	for (const end of [...open]) end();
}
