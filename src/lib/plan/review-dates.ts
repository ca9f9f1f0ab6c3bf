import { addMonths } from '../dates/add-months';
import { birthday } from '../dates/age';
import type { IsoDate } from '../dates/iso-date';

/** How often a plan is reviewed, at least: every 12 months. */
export const REVIEW_INTERVAL_MONTHS = 12;

/**
 * How often a plan for a child under 5 is reviewed, at least: every 6 months. The SEND Code of
 * Practice (9.178) asks local authorities to consider reviewing EHC plans for children under 5
 * every 3 to 6 months.
 */
export const UNDER_FIVE_REVIEW_INTERVAL_MONTHS = 6;

/** Whether the child is under 5 on `date`: their fifth birthday falls after it. */
export function isUnderFiveOn(dateOfBirth: IsoDate, date: IsoDate): boolean {
	return birthday(dateOfBirth, 5) > date;
}

/** The longest interval, in months, from a plan's start to its review: 6 for a child under 5 then, else 12. */
export function reviewIntervalMonths(startDate: IsoDate, dateOfBirth: IsoDate): number {
	return isUnderFiveOn(dateOfBirth, startDate) ? UNDER_FIVE_REVIEW_INTERVAL_MONTHS : REVIEW_INTERVAL_MONTHS;
}

/**
 * The latest review date the plan may have, and the one a new plan (or the next version after a
 * review) gets by default: 12 months after the start date, or 6 months for a child under 5 on the
 * start date, with end-of-month clamping (31 August + 6 months = 28 February).
 */
export function defaultReviewDate(startDate: IsoDate, dateOfBirth: IsoDate): IsoDate {
	return addMonths(startDate, reviewIntervalMonths(startDate, dateOfBirth));
}
