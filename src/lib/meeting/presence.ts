/**
 * "Here now": who has the meeting open, among those who chose to show it. Nobody is shown unless they opt
 * in. A page that has the meeting open reads it again at least every `presenceRefreshMs` (and at every
 * change), and each read keeps its reader shown; someone whose page has not read it for
 * `presenceWindowMs` has closed it, or lost their connection, and is no longer shown. The window is wider
 * than the refresh, so that one slow read does not make someone flicker off the list.
 */
export const presenceRefreshMs = 60_000;
export const presenceWindowMs = 3 * presenceRefreshMs;

/** The earliest last read that still counts as here now, at `now`. */
function presentSince(now: Date): string {
	return new Date(now.getTime() - presenceWindowMs).toISOString();
}

/** Someone who opted in to being shown, and when their page last read the meeting. */
export interface PresenceEntry {
	accountId: string;
	name: string;
	seenAt: string;
}

/**
 * Who to show as here now, as `readerId` sees it at `now`: those seen within the window, and the reader
 * themselves if they opted in (reading the page is being there). `mine` says whether the reader opted in;
 * `due`, whether this read should be noted (not every read is: a note stands for half a refresh, which
 * keeps the writes few and the list the same).
 */
export function hereNow(entries: readonly PresenceEntry[], readerId: string, now: Date) {
	const since = presentSince(now);
	const own = entries.find((entry) => entry.accountId === readerId);
	return {
		names: entries.filter((entry) => entry === own || entry.seenAt >= since).map((entry) => entry.name),
		mine: own !== undefined,
		due: own !== undefined && now.getTime() - Date.parse(own.seenAt) >= presenceRefreshMs / 2
	};
}
