/**
 * Review dates as iCalendar (RFC 5545) files, for the caseload and for one plan. Pure: plan summaries in,
 * the file's text out; no clock (the stamp comes in), no database.
 *
 * Events are named in everyday words ("Review of Sarah’s support plan", "Target: Sarah walks to the gate
 * with an adult"), all-day, with the plan's address in their URL. Privacy decides how much a file says:
 * - the caseload's file holds every child a member works with and is the one put on a shared staff
 *   calendar, so it names no child and says nothing of a plan: initials only ("Review of S.O.’s support
 *   plan"), as it always has;
 * - one plan's file is downloaded from that plan, by someone who may see it, for their own calendar (the
 *   family's, the key worker's): it names the child as the plan does (never the surname) and says what
 *   each target is, which is what makes the events worth having. The link to it says so.
 *
 * So that a file downloaded again replaces the events of the last one rather than adding copies, each
 * event's UID is its plan's id, the item's lineage (the same from version to version) and what the date
 * is; its SEQUENCE is the second the plan last changed, so a later file wins; DTSTAMP is when the file
 * was made. The plan's review reminds two weeks before, when its papers are due.
 */
import ical, { ICalAlarmType, ICalCalendarMethod, type ICalCalendar, type ICalEvent } from 'ical-generator';
import { formatUkDate } from '../../dates/format';
import { isIsoDate, toUtcDate } from '../../dates/iso-date';
import { possessive } from '../../plan/child-name';
import { shorten } from '../../thread/quote';

export const UID_DOMAIN = 'golden-thread';

/** How long before a review its reminder comes: the papers go out two weeks before the meeting. */
export const PAPERS_DUE_DAYS = 14;

/** How much of an item's words an event's title holds, cut at a word. */
const TITLE_WORDS = 60;

/** A dated item of one plan: which item (its lineage), its words and the date. */
export interface DatedItem {
	lineage: string;
	text: string;
	date: string;
}

/** A step's target date: the step is known by its outcome's lineage and its place among the steps. */
export interface DatedStep extends DatedItem {
	/** 1 for the outcome's first step. */
	step: number;
}

/** What the caseload's calendar knows of a plan: never its content. */
export interface CaseloadPlan {
	planId: string;
	firstName: string;
	lastName: string;
	reviewDate?: string | null;
	/** When the plan's current version last changed (an ISO timestamp), for SEQUENCE. */
	changedAt?: string | null;
}

/** What one plan's calendar shows: the child as the plan calls them, and each dated item. */
export interface CalendarPlan extends CaseloadPlan {
	/** The name the plan calls the child by ("Sarah"), never with the surname. */
	calledName: string;
	/** Outcomes' target dates, in the plan's order. */
	targets?: readonly DatedItem[];
	/** Steps' target dates, in the plan's order. */
	steps?: readonly DatedStep[];
	/** Provision review dates, in the plan's order. */
	provisionReviews?: readonly DatedItem[];
}

export interface CalendarOptions {
	/** The app's origin, for the link to each plan: `https://plans.example.org`. */
	origin: string;
	/** When the file was made (DTSTAMP). */
	stamp: Date;
}

/** "S.O.": the first letters of the first and last names, nothing more. */
export function initials(plan: Pick<CaseloadPlan, 'firstName' | 'lastName'>): string {
	const first = (name: string) => [...name.trim()][0]?.toLocaleUpperCase('en-GB') ?? '';
	return [first(plan.firstName), first(plan.lastName)]
		.filter((letter) => letter !== '')
		.map((letter) => `${letter}.`)
		.join('');
}

/** "Sarah’s support plan", or with initials for the caseload "S.O.’s support plan"; "A support plan" for no name. */
export function planLabel(who: string): string {
	return who ? `${possessive(who)} support plan` : 'A support plan';
}

/** An item's words as an event's title may hold them: one line, cut at a word, no closing full stop. */
export function titleWords(text: string): string {
	return shorten(text, TITLE_WORDS).replace(/\.$/, '');
}

/** The plan's address, for each event's URL. */
function planUrl(origin: string, planId: string): string {
	return `${origin}/plans/${encodeURIComponent(planId)}`;
}

/** SEQUENCE counts seconds from here: small enough to stay a 32-bit number until 2088. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/** The second the plan last changed: it only grows, so a file made after a change updates the events. */
function sequenceOf(plan: CaseloadPlan): number {
	const at = plan.changedAt ? Date.parse(plan.changedAt) : Number.NaN;
	return Number.isFinite(at) ? Math.max(0, Math.floor((at - SEQUENCE_EPOCH) / 1000)) : 0;
}

/**
 * The file's text, each event's reminders moved to the event's end: RFC 5545 puts an event's properties
 * before its VALARMs, and ical-generator writes some (URL) after them, which strict readers refuse.
 */
function fileText(cal: ICalCalendar): string {
	return cal
		.toString()
		.replace(/(BEGIN:VALARM\r\n[\s\S]*?END:VALARM\r\n)((?:(?!BEGIN:VALARM)[\s\S])*?)(END:VEVENT)/g, '$2$1$3');
}

function calendar(name: string): ICalCalendar {
	return ical({
		name,
		prodId: { company: 'Golden Thread', product: 'Golden Thread', language: 'EN' },
		method: ICalCalendarMethod.PUBLISH
	});
}

interface Day {
	uid: string;
	date: string;
	summary: string;
	/** What the event's notes say before the link: the item's words in full, in one plan's file. */
	detail?: string;
}

/** Adds one all-day event of `plan` to `cal`, when its date is a real date. */
function addEvent(cal: ICalCalendar, plan: CaseloadPlan, day: Day, options: CalendarOptions): ICalEvent | undefined {
	if (!isIsoDate(day.date)) return undefined;
	const url = planUrl(options.origin, plan.planId);
	return cal.createEvent({
		id: `${day.uid}@${UID_DOMAIN}`,
		sequence: sequenceOf(plan),
		start: toUtcDate(day.date),
		allDay: true,
		stamp: options.stamp,
		summary: day.summary,
		description: `${day.detail ? `${day.detail}\n\n` : ''}Open the plan in Golden Thread: ${url}`,
		url
	});
}

/** The plan's review, with its reminder two weeks before. */
function addReview(cal: ICalCalendar, plan: CaseloadPlan, label: string, options: CalendarOptions): void {
	const date = plan.reviewDate ?? '';
	addEvent(cal, plan, { uid: `${plan.planId}-review`, date, summary: `Review of ${label}` }, options)?.createAlarm({
		type: ICalAlarmType.display,
		trigger: PAPERS_DUE_DAYS * 24 * 60 * 60,
		description: `Papers due: the review of ${label} is on ${formatUkDate(date)}`
	});
}

/** The caseload's review dates: one all-day event per plan that has a review date. */
export function caseloadCalendar(plans: readonly CaseloadPlan[], options: CalendarOptions): string {
	const cal = calendar('Golden Thread: review dates');
	for (const plan of plans) addReview(cal, plan, planLabel(initials(plan)), options);
	return fileText(cal);
}

/** One plan's key dates: its review, each outcome's and step's target date and each provision's review. */
export function planCalendar(plan: CalendarPlan, options: CalendarOptions): string {
	const label = planLabel(plan.calledName);
	const cal = calendar(`Golden Thread: ${label}`);
	addReview(cal, plan, label, options);
	const item = (kind: string, { lineage }: DatedItem) => `${plan.planId}-${lineage}-${kind}`;
	const days: Day[] = [
		...(plan.targets ?? []).map((target) => ({
			uid: item('target', target),
			date: target.date,
			summary: `Outcome target: ${titleWords(target.text)}`,
			detail: target.text
		})),
		...(plan.steps ?? []).map((step) => ({
			uid: item(`step-${step.step}-target`, step),
			date: step.date,
			summary: `Target: ${titleWords(step.text)}`,
			detail: step.text
		})),
		...(plan.provisionReviews ?? []).map((provision) => ({
			uid: item('provision-review', provision),
			date: provision.date,
			summary: `Review of ${titleWords(provision.text)}: ${possessive(plan.calledName)} plan`,
			detail: provision.text
		}))
	];
	for (const day of days) addEvent(cal, plan, day, options);
	return fileText(cal);
}

/** A download name that names no child: `review-dates.ics`, `plan-3f9k-key-dates.ics`. */
export function planCalendarFileName(planId: string): string {
	return `plan-${planId.slice(0, 4).replace(/[^A-Za-z0-9]/g, '')}-key-dates.ics`;
}
