/**
 * How long a plan may be and still be made into a PDF. The format allows plans far longer than any
 * PDF a family could read (its largest, 200 of everything at 2,000 characters each, is some 85 million
 * characters and 30,000 pages), and laying one out takes minutes and more memory than a server has.
 * A plan over the limit is refused with a plain message before any work starts.
 *
 * Measured through the worker pool: 2 million characters render in about 5 seconds; the format's
 * largest plan runs the worker out of memory after half a minute.
 */
import type { PlanDocument } from '../plan/document';

/** The most characters of text a plan may hold to be made into a PDF (some 4,000 A4 pages). */
export const PDF_MOST_CHARACTERS = 2_000_000;

/** Every character of text in the plan: each string in it, at any depth. */
export function planTextLength(plan: PlanDocument): number {
	let total = 0;
	const visit = (value: unknown): void => {
		if (typeof value === 'string') total += value.length;
		else if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') Object.values(value).forEach(visit);
	};
	visit(plan);
	return total;
}

/** Why the plan cannot be made into a PDF, in plain English; `undefined` when it can. */
export function pdfLengthProblem(plan: PlanDocument): string | undefined {
	const length = planTextLength(plan);
	if (length <= PDF_MOST_CHARACTERS) return undefined;
	const number = new Intl.NumberFormat('en-GB');
	return `This plan is too long to make into a PDF: it holds ${number.format(length)} characters of text, and a PDF can be made of up to ${number.format(PDF_MOST_CHARACTERS)} (some 4,000 pages). Shorten the plan, or download it as a file for another school or service instead.`;
}
