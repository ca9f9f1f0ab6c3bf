import { addDays, daysBetween } from '../dates/add-days';
import { addMonths } from '../dates/add-months';
import type { IsoDate } from '../dates/iso-date';
import { wholeMonthsBetween } from '../dates/months-between';
import type { PlanDocument } from '../plan/schema';

/**
 * The next version's dates, moved on with the plan after a review: `next` (the draft a review starts,
 * already starting on the review's date) with its provision's start and review dates and its steps'
 * target dates moved on from `previous`, the reviewed version's dates.
 *
 * Only dates that the review has overtaken move, each restarting from the new start with the same
 * length of time as before (in calendar months and days, so that "a year" stays a year over a leap day):
 * - a provision that started before the new start carries on, so it starts again on the new start;
 * - a provision review or a step target on or before the new start (in the past, or on the review day
 *   itself) comes the same time after the new start as it came after the provision's start (or, for a
 *   step and a provision without one, the old plan's start): a step three months in is three months into
 *   the new version, and a provision reviewed termly is reviewed a term after the new start.
 * - one that was the old plan's review date (set to be looked at with the plan) is the new review date,
 *   even when the review was held early and that date is still to come.
 * A moved date never falls after the new plan's review date (every part of the plan is looked at then)
 * and never on or before the new start. Dates still to come stay as the team wrote them.
 *
 * Shifting every date by the time between the two starts was the other way: it would also push on a
 * provision that began mid-year, so that support running today would seem to start months from now.
 *
 * Steps carry no progress of their own; those of the outcomes the review closed are already gone from
 * `next`, so every step left is open and moves. Outcomes' own target dates do not move: they are the
 * long-term aim, and one the review overtook needs the team to rethink it (the checker says so).
 * The next version is a draft, so the team checks these dates before agreeing it.
 */
export function datesMovedOn(
	next: PlanDocument,
	previous: { startDate: IsoDate; reviewDate?: IsoDate | undefined }
): PlanDocument {
	const { startDate: start, reviewDate: review } = next.plan;
	const previousStart = previous.startDate;
	if (start <= previousStart) return next;
	const restart = (date: IsoDate, from: IsoDate): IsoDate => {
		if (review !== undefined && date === previous.reviewDate) return review;
		const months = wholeMonthsBetween(from, date);
		const moved = addDays(addMonths(start, months), daysBetween(addMonths(from, months), date));
		if (review !== undefined && (moved > review || moved <= start)) return review;
		return moved;
	};
	// A review is often held before its date: what was due at it is overtaken too.
	const overtaken = (date: IsoDate | undefined): date is IsoDate =>
		date !== undefined && (date <= start || date === previous.reviewDate);
	return {
		...next,
		outcomes: next.outcomes.map((outcome) => ({
			...outcome,
			steps: outcome.steps.map((step) =>
				overtaken(step.targetDate) ? { ...step, targetDate: restart(step.targetDate, previousStart) } : step
			)
		})),
		provision: next.provision.map((provision) => {
			const moved = { ...provision };
			const { startDate } = provision;
			if (startDate !== undefined && startDate < start) moved.startDate = start;
			if (overtaken(provision.reviewDate))
				moved.reviewDate = restart(
					provision.reviewDate,
					startDate !== undefined && startDate < start ? startDate : previousStart
				);
			return moved;
		})
	};
}
