/**
 * The plan document: the one shape a plan has in the pure core, and the interchange format it is
 * exported to and imported from (`design/plan-format.md`).
 */
import * as v from 'valibot';
import { formatUkDate } from '../dates/format';
import { isIsoDate } from '../dates/iso-date';
import {
	compareProblems,
	describeIssue,
	findUnknownFields,
	formatPath,
	type Problem,
	type RawProblem
} from './problems';
import { isPlainObject, planDocumentSchema, type PlanDocument } from './schema';

export * from './vocabulary';
export {
	planDocumentSchema,
	type PlanDocument,
	type Child,
	type Profile,
	type PlanDetails,
	type TeamMember,
	type Aspiration,
	type Need,
	type Outcome,
	type Step,
	type Provision,
	type SaidBy,
	type ProfileEntry,
	type Role,
	type AreaOfNeed,
	type Voice,
	type PlanKind,
	type PlanStatus,
	type Period
} from './schema';
export type { Problem } from './problems';

/** What `parsePlanDocument` gives back: the plan, or every problem found in the document. */
export type ParseResult = { ok: true; plan: PlanDocument } | { ok: false; problems: Problem[] };

/**
 * Reads a plan document (parsed JSON) in the interchange format, version 1.
 *
 * Returns the plan, trimmed, or every problem in it, in the order of the document, each with its path
 * (`outcomes[1].targetDate`) and a plain-English message. A value that is not an object gets one
 * problem with the path `""`. Links to ids that are not in the document are not problems here:
 * `checkThread` reports them as `broken-link`.
 *
 * `today` (an ISO date) is needed because a date of birth must not be after it; the core never reads
 * the clock. Never throws for any JSON value; throws a `RangeError` only when `today` is not a date.
 *
 * @example
 * const result = parsePlanDocument(JSON.parse(text), { today: '2026-11-22' });
 * if (!result.ok) for (const { path, message } of result.problems) console.log(path, message);
 */
export function parsePlanDocument(json: unknown, options: { today: string }): ParseResult {
	const { today } = options;
	if (!isIsoDate(today)) throw new RangeError('parsePlanDocument needs today as an ISO date');
	if (!isPlainObject(json)) {
		return {
			ok: false,
			problems: [
				{
					path: '',
					message:
						'This is not a plan. A plan file holds one JSON object, written in curly brackets { }, with the plan’s fields in it.'
				}
			]
		};
	}

	const result = v.safeParse(planDocumentSchema, json);
	const raw: RawProblem[] = [];
	for (const issue of result.issues ?? []) {
		// Unknown fields are all found by findUnknownFields; valibot reports only the first of each object.
		if (issue.type === 'strict_object' && issue.expected === 'never') continue;
		raw.push(describeIssue(issue));
	}
	findUnknownFields(json, undefined, [], raw);
	const dateOfBirth = birthDateAfter(json, today);
	if (dateOfBirth) {
		raw.push({
			segments: ['child', 'dateOfBirth'],
			message: `Date of birth must not be after today (${formatUkDate(today)}). Check the year.`
		});
	}

	if (raw.length === 0 && result.success) return { ok: true, plan: result.output };
	raw.sort(compareProblems);
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const { segments, message } of raw) {
		const problem = { path: formatPath(segments), message };
		const key = `${problem.path}\u0000${message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		problems.push(problem);
	}
	return { ok: false, problems };
}

/** The child's date of birth when it is a real date after `today`. */
function birthDateAfter(json: Record<string, unknown>, today: string): string | undefined {
	const child = json.child;
	if (!isPlainObject(child) || typeof child.dateOfBirth !== 'string') return undefined;
	const date = child.dateOfBirth.trim();
	return isIsoDate(date) && date > today ? date : undefined;
}
