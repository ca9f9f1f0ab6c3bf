import { addMonths } from './add-months';
import { wholeMonthsBetween } from './months-between';
import type { IsoDate } from './iso-date';

/**
 * A person's age in whole years on `on`. A birthday counts from its own day: someone born on
 * 2022-09-12 is 3 on 2026-09-11 and 4 on 2026-09-12. Someone born on 29 February has their birthday
 * on 28 February in other years (end-of-month clamping, as everywhere in the plan's dates).
 * Before the date of birth, the age is negative.
 */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
	return Math.floor(wholeMonthsBetween(dateOfBirth, on) / 12);
}

/** The date of someone's `years`th birthday (29 February falls on 28 February in other years). */
export function birthday(dateOfBirth: IsoDate, years: number): IsoDate {
	return addMonths(dateOfBirth, years * 12);
}
