import { addDays } from '../dates/add-days';
import type { IsoDate } from '../dates/iso-date';

/** How many days ahead a review counts as "due soon" on the caseload: 4 weeks. */
export const DUE_SOON_DAYS = 28;

/** How pressing a plan's next review is: past (`overdue`), within 4 weeks (`due-soon`), or neither. */
export type ReviewUrgency = 'overdue' | 'due-soon' | null;

/** The last day a review counts as due soon, seen from `today`: 4 weeks on. */
export function dueSoonUntil(today: IsoDate): IsoDate {
	return addDays(today, DUE_SOON_DAYS);
}

/** `overdue` when the review date is before today, `due-soon` when it falls within the next 4 weeks. */
export function reviewUrgency(reviewDate: IsoDate | null | undefined, today: IsoDate): ReviewUrgency {
	if (!reviewDate) return null;
	if (reviewDate < today) return 'overdue';
	return reviewDate <= dueSoonUntil(today) ? 'due-soon' : null;
}

/** What each urgency is called, beside its icon. */
export const reviewUrgencyLabels = { overdue: 'Overdue', 'due-soon': 'Due within 4 weeks' } as const;
