/**
 * How many requests the server works on at once before it answers the next "busy, try again" (503 with
 * Retry-After) at once: past that, queueing only makes every answer slow and memory grow until the
 * process fails. `MAX_CONCURRENT_REQUESTS` sets it.
 */
function limit(): number {
	const configured = Number(process.env.MAX_CONCURRENT_REQUESTS);
	return Number.isInteger(configured) && configured > 0 ? configured : 64;
}

let inFlight = 0;

/** Takes a place for a request, or null when the server is full; call the returned function when done. */
export function admitRequest(): (() => void) | null {
	if (inFlight >= limit()) return null;
	inFlight++;
	let released = false;
	return () => {
		if (released) return;
		released = true;
		inFlight--;
	};
}

/** Seconds a client is asked to wait before trying again. */
export const retryAfterSeconds = 2;
