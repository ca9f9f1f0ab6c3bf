import { describe, expect, it } from 'vitest';
import { hereNow, presenceRefreshMs, presenceWindowMs } from '$lib/meeting/presence';

const at = new Date('2027-03-14T10:00:00Z');
const ago = (ms: number) => new Date(at.getTime() - ms).toISOString();

describe('who is here now', () => {
	it('shows those seen within the window and the reader who opted in, however long since they were noted', () => {
		const entries = [
			{ accountId: 'grace', name: 'Grace Okafor', seenAt: ago(presenceWindowMs) },
			{ accountId: 'priya', name: 'Priya Shah', seenAt: ago(presenceWindowMs + 1) },
			{ accountId: 'sam', name: 'Sam Patel', seenAt: ago(presenceWindowMs * 10) }
		];
		expect(hereNow(entries, 'sam', at)).toEqual({ names: ['Grace Okafor', 'Sam Patel'], mine: true, due: true });
		expect(hereNow(entries, 'reader', at)).toEqual({ names: ['Grace Okafor'], mine: false, due: false });
	});

	it('notes the reader again only once half a refresh has passed since the last note', () => {
		const noted = (ms: number) => hereNow([{ accountId: 'grace', name: 'Grace', seenAt: ago(ms) }], 'grace', at).due;
		expect(noted(presenceRefreshMs / 2 - 1)).toBe(false);
		expect(noted(presenceRefreshMs / 2)).toBe(true);
	});

	it('shows nobody who has not opted in', () => {
		expect(hereNow([], 'grace', at)).toEqual({ names: [], mine: false, due: false });
	});
});
