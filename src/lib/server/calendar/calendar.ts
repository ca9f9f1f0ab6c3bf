/**
 * Review dates as iCalendar (RFC 5545) files, for the caseload and for one plan. Pure: plan summaries in,
 * the file's text out; no clock (the stamp comes in), no database.
 *
 * A calendar file may land on a shared calendar, so an event names no child: its title has the child's
 * initials and the start of the plan's id ("Review of S.O.'s support plan (plan 3f9k…)"), and its
 * description is only a link to the plan. Every event is all-day, and its UID is stable (the plan's id,
 * or the item's lineage, and what the date is), so importing the file again updates the events rather
 * than adding copies.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { toUtcDate, type IsoDate } from '../../dates/iso-date';

export const UID_DOMAIN = 'golden-thread';

/** What the calendars need to know of a plan: never its content. */
export interface CalendarPlan {
	planId: string;
	firstName: string;
	lastName: string;
	reviewDate?: string | null;
	/** Outcomes' target dates, by the outcome's lineage, in the plan's order. */
	targets?: ReadonlyArray<{ lineage: string; date: string }>;
	/** Provision review dates, by the provision's lineage, in the plan's order. */
	provisionReviews?: ReadonlyArray<{ lineage: string; date: string }>;
}

export interface CalendarOptions {
	/** The app's origin, for the link to each plan: `https://plans.example.org`. */
	origin: string;
	/** When the file was made (DTSTAMP). */
	stamp: Date;
}

/** "S.O.": the first letters of the first and last names, nothing more. */
export function initials(plan: Pick<CalendarPlan, 'firstName' | 'lastName'>): string {
	const first = (name: string) => [...name.trim()][0]?.toLocaleUpperCase('en-GB') ?? '';
	return [first(plan.firstName), first(plan.lastName)]
		.filter((letter) => letter !== '')
		.map((letter) => `${letter}.`)
		.join('');
}

/** The plan as a calendar may name it: "S.O.'s support plan (plan 3f9k…)". */
export function planLabel(plan: Pick<CalendarPlan, 'planId' | 'firstName' | 'lastName'>): string {
	const who = initials(plan);
	return `${who ? `${who}'s` : 'A'} support plan (plan ${plan.planId.slice(0, 4)}…)`;
}

function calendar(name: string) {
	return ical({
		name,
		prodId: { company: 'Golden Thread', product: 'Golden Thread', language: 'EN' },
		method: ICalCalendarMethod.PUBLISH
	});
}

function addDay(
	cal: ReturnType<typeof calendar>,
	input: { uid: string; date: string; summary: string; url: string; stamp: Date }
) {
	cal.createEvent({
		id: input.uid,
		start: toUtcDate(input.date as IsoDate),
		allDay: true,
		stamp: input.stamp,
		summary: input.summary,
		description: `Open the plan in Golden Thread: ${input.url}`,
		url: input.url
	});
}

const isDate = (value: string | null | undefined): value is string =>
	typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The caseload's review dates: one all-day event per plan that has a review date. */
export function caseloadCalendar(plans: readonly CalendarPlan[], options: CalendarOptions): string {
	const cal = calendar('Golden Thread: review dates');
	for (const plan of plans) {
		if (!isDate(plan.reviewDate)) continue;
		const url = `${options.origin}/plans/${plan.planId}`;
		addDay(cal, {
			uid: `${plan.planId}-review@${UID_DOMAIN}`,
			date: plan.reviewDate,
			summary: `Review of ${planLabel(plan)}`,
			url,
			stamp: options.stamp
		});
	}
	return cal.toString();
}

/** One plan's key dates: its review, each outcome's target date and each provision's review date. */
export function planCalendar(plan: CalendarPlan, options: CalendarOptions): string {
	const label = planLabel(plan);
	const cal = calendar(`Golden Thread: ${label}`);
	const url = `${options.origin}/plans/${plan.planId}`;
	if (isDate(plan.reviewDate))
		addDay(cal, {
			uid: `${plan.planId}-review@${UID_DOMAIN}`,
			date: plan.reviewDate,
			summary: `Review of ${label}`,
			url,
			stamp: options.stamp
		});
	(plan.targets ?? []).forEach((target, i) => {
		if (isDate(target.date))
			addDay(cal, {
				uid: `${target.lineage}-target@${UID_DOMAIN}`,
				date: target.date,
				summary: `Outcome ${i + 1} target date: ${label}`,
				url,
				stamp: options.stamp
			});
	});
	(plan.provisionReviews ?? []).forEach((provision, i) => {
		if (isDate(provision.date))
			addDay(cal, {
				uid: `${provision.lineage}-provision-review@${UID_DOMAIN}`,
				date: provision.date,
				summary: `Provision ${i + 1} review: ${label}`,
				url,
				stamp: options.stamp
			});
	});
	return cal.toString();
}

/** A download name that names no child: `review-dates.ics`, `plan-3f9k-key-dates.ics`. */
export function planCalendarFileName(planId: string): string {
	return `plan-${planId.slice(0, 4).replace(/[^A-Za-z0-9]/g, '')}-key-dates.ics`;
}
