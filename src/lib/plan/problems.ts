import type * as v from 'valibot';
import { LIST_MAX_ITEMS, TEXT_MAX_LENGTH, fieldVocabularies } from './vocabulary';
import { isPlainObject } from './schema';
import { documentShape, type ObjectShape } from './shape';

/** Something wrong with a plan document, where it is and what to do about it, in plain English. */
export interface Problem {
	/** Where: `outcomes[1].targetDate`, or `""` for the document as a whole. */
	path: string;
	/** What is wrong and how to mend it, e.g. "Target date must be a real date, like 2027-03-05." */
	message: string;
}

/** One step of a path: a field name or a list position. */
export type PathSegment = string | number;

/** A problem found while reading, before its path is written out. */
export interface RawProblem {
	segments: PathSegment[];
	message: string;
}

const fieldLabels: Record<string, string> = {
	format: 'Format',
	version: 'Version',
	child: 'The child’s details (child)',
	profile: 'The one-page profile (profile)',
	plan: 'The plan’s details (plan)',
	team: 'The list of team members (team)',
	aspirations: 'The list of aspirations',
	needs: 'The list of needs',
	outcomes: 'The list of outcomes',
	provision: 'The list of provision',
	firstName: 'First name',
	lastName: 'Last name',
	knownAs: 'Known as',
	pronouns: 'Pronouns',
	setting: 'Setting',
	communication: 'How I communicate',
	dateOfBirth: 'Date of birth',
	likeAndAdmire: 'The list of what people like and admire (likeAndAdmire)',
	important: 'The list of what is important to me (important)',
	support: 'The list of how best to support me (support)',
	title: 'Title',
	kind: 'Kind of plan',
	status: 'Status',
	startDate: 'Start date',
	reviewDate: 'Review date',
	id: 'Id',
	name: 'Name',
	role: 'Role',
	roleDescription: 'Role description (roleDescription)',
	organisation: 'Organisation',
	email: 'Email',
	phone: 'Phone',
	text: 'Text',
	voice: 'Voice',
	area: 'Area of need',
	aspirationIds: 'The list of linked aspirations (aspirationIds)',
	needIds: 'The list of linked needs (needIds)',
	outcomeIds: 'The list of linked outcomes (outcomeIds)',
	targetDate: 'Target date',
	successCriteria: 'Success criteria',
	steps: 'The list of steps',
	deliveredBy: 'Delivered by',
	teamMemberId: 'Team member (teamMemberId)',
	sessions: 'Sessions',
	per: 'Per',
	minutes: 'Minutes',
	groupSize: 'Group size'
};

const itemLabels: Record<string, string> = {
	team: 'Team member',
	aspirations: 'Aspiration',
	needs: 'Need',
	outcomes: 'Outcome',
	provision: 'Provision',
	steps: 'Step',
	likeAndAdmire: 'Entry',
	important: 'Entry',
	support: 'Entry',
	aspirationIds: 'Linked aspiration',
	needIds: 'Linked need',
	outcomeIds: 'Linked outcome'
};

/** Writes path segments the way problems show them: `outcomes[1].targetDate`. */
export function formatPath(segments: readonly PathSegment[]): string {
	let path = '';
	for (const segment of segments) {
		if (typeof segment === 'number') path += `[${segment}]`;
		else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path === '' ? segment : `.${segment}`;
		else path += `[${JSON.stringify(shorten(segment, 60))}]`;
	}
	return path;
}

function shorten(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The plain-English name of the thing at a path ("Target date", "Outcome 2", "Linked need 3"). */
function labelFor(segments: readonly PathSegment[]): string {
	const last = segments[segments.length - 1];
	if (last === undefined) return 'The plan';
	if (typeof last === 'number') {
		const list = segments[segments.length - 2];
		const item = typeof list === 'string' ? itemLabels[list] : undefined;
		return `${item ?? 'Item'} ${last + 1}`;
	}
	return fieldLabels[last] ?? `The field "${shorten(last, 60)}"`;
}

/** The shape of the object holding the last segment of `segments`, when it is a known object. */
function parentShape(segments: readonly PathSegment[]): ObjectShape | undefined {
	let shape: ObjectShape | undefined = documentShape;
	for (const segment of segments.slice(0, -1)) {
		if (typeof segment === 'number') continue;
		shape = shape?.children[segment];
	}
	return shape;
}

function nullMessage(label: string, segments: readonly PathSegment[]): string {
	const last = segments[segments.length - 1];
	const optional = typeof last === 'string' && parentShape(segments)?.optional.has(last);
	return optional
		? `${label} is null. Leave the field out when it has no value.`
		: `${label} is null. It must have a value.`;
}

/** A problem saying that `key` is not a field of the format, with a guess when it is a near miss. */
export function unknownFieldMessage(key: string, shape: ObjectShape | undefined): string {
	const squash = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
	const guess = shape?.keys.find((known) => squash(known) === squash(key) && squash(key) !== '');
	const name = `"${shorten(key, 60)}"`;
	return guess
		? `There is no field called ${name} here. Did you mean "${guess}"?`
		: `There is no field called ${name} here. Remove it, or check its spelling.`;
}

/** Turns one valibot issue into a plain-English problem. */
export function describeIssue(issue: v.BaseIssue<unknown>): RawProblem {
	const segments: PathSegment[] = (issue.path ?? []).map((item) =>
		typeof item.key === 'number' ? item.key : String(item.key)
	);
	const label = labelFor(segments);
	const input = issue.input;
	const last = segments[segments.length - 1];
	const message = ((): string => {
		switch (issue.type) {
			case 'strict_object':
				if (issue.expected === 'never') return unknownFieldMessage(String(last), parentShape(segments));
				return typeof last === 'string' && parentShape(segments)?.lists.has(last)
					? `${label} is missing. Write [] when there are none.`
					: `${label} is missing.`;
			case 'custom':
				if (input === null) return nullMessage(label, segments);
				return `${label} must be a group of fields written in curly brackets { }.`;
			case 'string':
				if (input === null) return nullMessage(label, segments);
				return `${label} must be text, written in double quotes.`;
			case 'array':
				if (input === null) return nullMessage(label, segments);
				return `${label} must be a list in square brackets [ ]; write [] when there are none.`;
			case 'number':
				if (input === null) return nullMessage(label, segments);
				return `${label} must be a whole number, like 2.`;
			case 'integer':
			case 'min_value':
				return `${label} must be a whole number of 1 or more, like 2.`;
			case 'min_length':
				return `${label} must not be empty.`;
			case 'max_length':
				return typeof input === 'string'
					? `${label} is ${input.length.toLocaleString('en-GB')} characters long. The most allowed is ${TEXT_MAX_LENGTH.toLocaleString('en-GB')}: shorten it.`
					: `${label} has ${(Array.isArray(input) ? input.length : 0).toLocaleString('en-GB')} items. The most allowed is ${LIST_MAX_ITEMS}: split the plan or remove some items.`;
			case 'check':
				return `${label} must be a real date, like 2027-03-05.`;
			case 'picklist': {
				if (input === null) return nullMessage(label, segments);
				const options = typeof last === 'string' ? fieldVocabularies[last] : undefined;
				return options
					? `${label} must be one of: ${options.join(', ')}.`
					: `${label} is not one of the choices allowed.`;
			}
			case 'literal':
				return last === 'version'
					? 'Version must be 1. This file comes from a version of Golden Thread that this one cannot read.'
					: 'Format must be "golden-thread/plan". This file is not a Golden Thread plan.';
			case 'raw_check':
				return issue.message;
			default:
				return `${label} is not valid.`;
		}
	})();
	return { segments, message };
}

/**
 * Every field of `value` (and of the objects below it) that the format does not have. Lists longer
 * than the limit are not looked into: they are refused as a whole.
 */
export function findUnknownFields(
	value: unknown,
	shape: ObjectShape = documentShape,
	segments: PathSegment[] = [],
	out: RawProblem[] = []
): RawProblem[] {
	if (!isPlainObject(value)) return out;
	for (const key of Object.keys(value)) {
		if (!shape.keys.includes(key)) {
			out.push({ segments: [...segments, key], message: unknownFieldMessage(key, shape) });
			continue;
		}
		const child = shape.children[key];
		if (!child) continue;
		const field = value[key];
		if (shape.lists.has(key)) {
			if (!Array.isArray(field) || field.length > LIST_MAX_ITEMS) continue;
			field.forEach((item: unknown, index) => findUnknownFields(item, child, [...segments, key, index], out));
		} else {
			findUnknownFields(field, child, [...segments, key], out);
		}
	}
	return out;
}

/** Orders problems as the document is written: fields in the format's order, items by position. */
export function compareProblems(a: RawProblem, b: RawProblem): number {
	let shape: ObjectShape | undefined = documentShape;
	const length = Math.min(a.segments.length, b.segments.length);
	for (let index = 0; index < length; index++) {
		const x = a.segments[index];
		const y = b.segments[index];
		if (x === y) {
			if (typeof x === 'string') shape = shape?.children[x];
			continue;
		}
		if (typeof x === 'number' && typeof y === 'number') return x - y;
		if (typeof x === 'number') return -1;
		if (typeof y === 'number') return 1;
		if (x === undefined || y === undefined) break;
		const rank = (key: string) => {
			const found = shape?.keys.indexOf(key) ?? -1;
			return found === -1 ? Number.MAX_SAFE_INTEGER : found;
		};
		// Unknown fields rank last, in the order they were written (the sort is stable).
		return rank(x) - rank(y);
	}
	return a.segments.length - b.segments.length;
}
