import { birthday, type IsoDate } from './dates';

/**
 * The last day a child's records are kept: their 31st birthday, when they are deleted (the IRMS schools
 * toolkit; access.md, "Keeping and giving back data"). Someone born on 29 February has that birthday on
 * 28 February, as their age counts it everywhere else in the app (`ageOn`), so the records go on the
 * day the app says the person turned 31.
 */
export function recordsKeptUntil(dateOfBirth: IsoDate): IsoDate {
	return birthday(dateOfBirth, 31);
}
