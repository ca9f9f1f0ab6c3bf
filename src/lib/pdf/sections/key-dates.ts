import type { Content, TableCell } from 'pdfmake/interfaces';
import { compareIsoDates } from '../../dates/iso-date';
import { formatUkDate } from '../../dates/format';
import { dataTable } from '../blocks';
import type { PdfContext } from '../context';
import { headedTable } from '../headed-table';
import { joinNumbers } from '../text';

/** What happens on a key date, in the order they are listed within one day. */
export type KeyDateKind = 'plan-start' | 'outcome-target' | 'step-target' | 'provision-review' | 'plan-review';

/** One dated event of the plan. */
export interface KeyDate {
	date: string;
	kind: KeyDateKind;
	/** The outcome's or provision's number (for a step, its outcome's). */
	number?: number;
	/** A step's number within its outcome. */
	step?: number;
}

const KIND_ORDER: readonly KeyDateKind[] = [
	'plan-start',
	'outcome-target',
	'step-target',
	'provision-review',
	'plan-review'
];

/**
 * Every key date of the plan, in date order: the start, the next review, every outcome's and step's
 * target date and every provision's review date. Within a day, the start comes first and the plan's
 * review last.
 */
export function keyDates({ plan, refs }: PdfContext): KeyDate[] {
	const dates: KeyDate[] = [{ date: plan.plan.startDate, kind: 'plan-start' }];
	for (const { item, number } of refs.outcomes) {
		if (item.targetDate) dates.push({ date: item.targetDate, kind: 'outcome-target', number });
		item.steps.forEach((step, index) => {
			if (step.targetDate) dates.push({ date: step.targetDate, kind: 'step-target', number, step: index + 1 });
		});
	}
	for (const { item, number } of refs.provision) {
		if (item.reviewDate) dates.push({ date: item.reviewDate, kind: 'provision-review', number });
	}
	if (plan.plan.reviewDate) dates.push({ date: plan.plan.reviewDate, kind: 'plan-review' });
	return dates
		.map((entry, index) => ({ entry, index }))
		.sort(
			(a, b) =>
				compareIsoDates(a.entry.date, b.entry.date) ||
				KIND_ORDER.indexOf(a.entry.kind) - KIND_ORDER.indexOf(b.entry.kind) ||
				a.index - b.index
		)
		.map(({ entry }) => entry);
}

/** "outcome 2" or "outcomes 1 to 3". */
function outcomesPhrase(numbers: readonly number[]): string {
	return `${numbers.length === 1 ? 'outcome' : 'outcomes'} ${joinNumbers(numbers)}`;
}

/**
 * What happens on one day, as lines: the entries of a kind are summed up in one line ("Review of
 * provision 1 to 3"), and steps are grouped by the outcomes that share the same step numbers.
 */
export function describeDay(entries: readonly KeyDate[]): string[] {
	const lines: string[] = [];
	const numbersOf = (kind: KeyDateKind) =>
		entries.filter((entry) => entry.kind === kind).map((entry) => entry.number ?? 0);
	if (entries.some((entry) => entry.kind === 'plan-start')) lines.push('The plan starts');
	const targets = numbersOf('outcome-target');
	if (targets.length > 0) lines.push(`Target date for ${outcomesPhrase(targets)}`);
	// Steps: outcome → its step numbers, then outcomes with the same step numbers share a line.
	const stepsByOutcome = new Map<number, number[]>();
	for (const entry of entries) {
		if (entry.kind !== 'step-target' || entry.number === undefined || entry.step === undefined) continue;
		const steps = stepsByOutcome.get(entry.number) ?? [];
		steps.push(entry.step);
		stepsByOutcome.set(entry.number, steps);
	}
	const outcomesBySteps = new Map<string, { steps: number[]; outcomes: number[] }>();
	for (const [outcome, steps] of stepsByOutcome) {
		const key = steps.join(',');
		const group = outcomesBySteps.get(key) ?? { steps, outcomes: [] };
		group.outcomes.push(outcome);
		outcomesBySteps.set(key, group);
	}
	for (const { steps, outcomes } of outcomesBySteps.values()) {
		const which = `${steps.length === 1 ? 'Step' : 'Steps'} ${joinNumbers(steps)}`;
		const of = outcomes.length === 1 ? `of ${outcomesPhrase(outcomes)}` : `of each of ${outcomesPhrase(outcomes)}`;
		lines.push(`Target date for ${which.toLowerCase()} ${of}`);
	}
	const reviews = numbersOf('provision-review');
	if (reviews.length > 0) lines.push(`Review of provision ${joinNumbers(reviews)}`);
	if (entries.some((entry) => entry.kind === 'plan-review')) lines.push('Next review of the whole plan');
	return lines;
}

/** The key dates as a table, one row a day, in date order. */
export function keyDatesSection(context: PdfContext): Content[] {
	const days: Array<{ date: string; entries: KeyDate[] }> = [];
	for (const entry of keyDates(context)) {
		const last = days[days.length - 1];
		if (last && last.date === entry.date) last.entries.push(entry);
		else days.push({ date: entry.date, entries: [entry] });
	}
	const rows: TableCell[][] = days.map(({ date, entries }) => [
		{ text: formatUkDate(date), bold: true },
		{ ul: describeDay(entries) }
	]);
	const table = dataTable(['Date', 'What happens'], rows, [150, '*']);
	// A day is never split across pages.
	table.table.dontBreakRows = true;
	return headedTable(
		{ title: 'Key dates', gloss: 'The dates to put on the calendar, in date order.', id: 'key-dates' },
		table,
		context.rooms
	);
}
