import { isoDateInEnglandOf } from '../../dates/format-timestamp';

/**
 * The one clock. Everything that needs the time asks here, so tests can move it (scale.md): in tests,
 * `CLOCK_OFFSET_MS` shifts it; `setClock` replaces it in unit tests.
 */
let clock: () => Date = () => new Date(Date.now() + Number(process.env.CLOCK_OFFSET_MS ?? 0));

export function now(): Date {
	return clock();
}

/** Today's date in England as `YYYY-MM-DD`. */
export function today(): string {
	return isoDateInEnglandOf(now());
}

export function setClock(next: () => Date): void {
	clock = next;
}
