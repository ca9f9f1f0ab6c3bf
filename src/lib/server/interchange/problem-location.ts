/**
 * Where a problem is, in plain English: `outcomes[1].targetDate` → "Outcome 2, target date". Pure: the
 * import page shows each problem as "<where>: <what>".
 */
import type { PlanDocument } from '../../plan/document';
import type { Subject } from '../../thread/finding';

type Segment = string | number;

/** Reads a problem path (`outcomes[1].steps[0].text`, `team[0]["e-mail"]`) back into its segments. */
export function pathSegments(path: string): Segment[] {
	const segments: Segment[] = [];
	let rest = path;
	while (rest.length > 0) {
		const name = /^\.?([A-Za-z_$][\w$]*)/.exec(rest);
		if (name) {
			segments.push(name[1]!);
			rest = rest.slice(name[0].length);
			continue;
		}
		const index = /^\[(\d+)\]/.exec(rest);
		if (index) {
			segments.push(Number(index[1]));
			rest = rest.slice(index[0].length);
			continue;
		}
		const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest);
		if (quoted) {
			try {
				segments.push(String(JSON.parse(quoted[1]!)));
			} catch {
				segments.push(quoted[1]!);
			}
			rest = rest.slice(quoted[0].length);
			continue;
		}
		// Not a path this app writes: show what is left as one field name.
		segments.push(rest);
		break;
	}
	return segments;
}

/** What one item of each list is called. */
const itemNames: Record<string, string> = {
	team: 'Team member',
	aspirations: 'Aspiration',
	needs: 'Need',
	outcomes: 'Outcome',
	provision: 'Provision',
	steps: 'step',
	likeAndAdmire: 'what people like and admire, entry',
	important: 'what is important to me, entry',
	support: 'how best to support me, entry',
	aspirationIds: 'linked aspiration',
	needIds: 'linked need',
	outcomeIds: 'linked outcome'
};

/** Fields and lists by name, as a sentence would say them. */
const fieldNames: Record<string, string> = {
	format: 'format',
	version: 'version',
	child: 'the child’s details',
	profile: 'the one-page profile',
	plan: 'the plan’s details',
	team: 'the team',
	aspirations: 'the aspirations',
	needs: 'the needs',
	outcomes: 'the outcomes',
	provision: 'the provision',
	firstName: 'first name',
	lastName: 'last name',
	knownAs: 'known as',
	pronouns: 'pronouns',
	setting: 'setting',
	communication: 'how I communicate',
	dateOfBirth: 'date of birth',
	likeAndAdmire: 'what people like and admire',
	important: 'what is important to me',
	support: 'how best to support me',
	title: 'title',
	kind: 'kind of plan',
	status: 'status',
	startDate: 'start date',
	reviewDate: 'review date',
	id: 'id',
	name: 'name',
	role: 'role',
	roleDescription: 'role description',
	organisation: 'organisation',
	email: 'email',
	phone: 'phone',
	text: 'text',
	voice: 'voice',
	area: 'area of need',
	aspirationIds: 'linked aspirations',
	needIds: 'linked needs',
	outcomeIds: 'linked outcomes',
	targetDate: 'target date',
	successCriteria: 'success criteria',
	steps: 'steps',
	deliveredBy: 'delivered by',
	teamMemberId: 'team member',
	sessions: 'sessions',
	per: 'per',
	minutes: 'minutes',
	groupSize: 'group size'
};

function shorten(text: string, max = 60): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "Outcome 2, target date" for `outcomes[1].targetDate`; "The file" for `""`. */
export function describeLocation(path: string): string {
	const segments = pathSegments(path);
	if (segments.length === 0) return 'The file';
	const parts: string[] = [];
	segments.forEach((segment, index) => {
		const next = segments[index + 1];
		if (typeof segment === 'number') {
			const list = segments[index - 1];
			parts.push(`${(typeof list === 'string' && itemNames[list]) || 'item'} ${segment + 1}`);
			return;
		}
		// A list followed by a position is named by its item ("Outcome 2"), not by itself.
		if (typeof next === 'number' && itemNames[segment]) return;
		parts.push(fieldNames[segment] ?? `the field "${shorten(segment)}"`);
	});
	const joined = parts.join(', ');
	return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const listOfKind = {
	team: 'team',
	aspiration: 'aspirations',
	need: 'needs',
	outcome: 'outcomes',
	provision: 'provision'
} as const;

/** The path of a thread finding's subject (`outcomes[1]`), for showing a broken link where it is. */
export function subjectPath(document: PlanDocument, subject: Subject): string {
	if (subject.kind === 'plan') return 'plan';
	if (subject.kind === 'child') return 'child';
	const list = listOfKind[subject.kind];
	const index = document[list].findIndex((item) => item.id === subject.id);
	return index === -1 ? list : `${list}[${index}]`;
}
