/**
 * Writes a plan back out in the interchange format: keys in the order of `plan-format.md`, optional
 * fields left out when they have no value, and short ids by position (`t1…`, `a1…`, `n1…`, `o1…`,
 * `p1…`) with every link moved to the new ids. Serialising, parsing and serialising again gives the
 * same document.
 */
import { profileEntry } from './profile-entry';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION } from './vocabulary';
import type {
	Aspiration,
	Child,
	Need,
	Outcome,
	PlanDetails,
	PlanDocument,
	Profile,
	ProfileEntry,
	Provision,
	SaidBy,
	Step,
	TeamMember
} from './schema';

/** A map from the ids a document had to the short ids it is written with. */
interface IdMap {
	ids: string[];
	links: Map<string, string>;
}

/**
 * Gives the items of one list the ids `prefix1`, `prefix2`… in order. A link to an id that is not in
 * the list stays as it is, so the new ids skip any such id: a broken link never starts pointing at
 * an item that happens to get its name.
 */
function renumber(items: readonly { id: string }[], prefix: string, links: Iterable<string>): IdMap {
	const existing = new Set(items.map((item) => item.id));
	const dangling = new Set<string>();
	for (const link of links) if (!existing.has(link)) dangling.add(link);
	const map = new Map<string, string>();
	const ids: string[] = [];
	let counter = 0;
	for (const item of items) {
		let id: string;
		do id = `${prefix}${++counter}`;
		while (dangling.has(id));
		ids.push(id);
		if (!map.has(item.id)) map.set(item.id, id);
	}
	return { ids, links: map };
}

function* each<T>(items: readonly T[], pick: (item: T) => Iterable<string> | string | undefined) {
	for (const item of items) {
		const picked = pick(item);
		if (picked === undefined) continue;
		if (typeof picked === 'string') yield picked;
		else yield* picked;
	}
}

/** Copies `value` onto `target` under `key` unless it is `undefined` (an optional field with no value). */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
	if (value !== undefined) target[key] = value;
}

const relink = (map: IdMap, ids: readonly string[]) => ids.map((id) => map.links.get(id) ?? id);

function writeChild(child: Child): Child {
	const out = { firstName: child.firstName, lastName: child.lastName } as Child;
	put(out, 'knownAs', child.knownAs);
	put(out, 'pronouns', child.pronouns);
	put(out, 'setting', child.setting);
	put(out, 'communication', child.communication);
	out.dateOfBirth = child.dateOfBirth;
	return out;
}

/** Who said it, without the account id: ids of this app's accounts mean nothing anywhere else. */
function writeSaidBy(saidBy: SaidBy): SaidBy {
	const out: SaidBy = { name: saidBy.name };
	put(out, 'child', saidBy.child);
	put(out, 'with', saidBy.with);
	put(out, 'recordedBy', saidBy.recordedBy);
	put(out, 'recordedOn', saidBy.recordedOn);
	return out;
}

/** An About me entry: plain text unless it says who said it, so files without speakers stay as they were. */
function writeProfileEntry(entry: ProfileEntry): ProfileEntry {
	const { text, saidBy } = profileEntry(entry);
	return saidBy ? { text, saidBy: writeSaidBy(saidBy) } : text;
}

function writeProfile(profile: Profile): Profile {
	const out: Profile = {};
	put(out, 'likeAndAdmire', profile.likeAndAdmire?.map(writeProfileEntry));
	put(out, 'important', profile.important?.map(writeProfileEntry));
	put(out, 'support', profile.support?.map(writeProfileEntry));
	return out;
}

function writePlanDetails(plan: PlanDetails): PlanDetails {
	const out: PlanDetails = {
		title: plan.title,
		kind: plan.kind,
		status: plan.status,
		startDate: plan.startDate
	};
	put(out, 'reviewDate', plan.reviewDate);
	return out;
}

/** The plan as an interchange object, ready for `JSON.stringify`. The input is not changed. */
export function serialisePlanDocument(plan: PlanDocument): PlanDocument {
	const team = renumber(
		plan.team,
		't',
		each(plan.provision, (p) => p.teamMemberId)
	);
	const aspirations = renumber(plan.aspirations, 'a', [
		...each(plan.needs, (n) => n.aspirationIds),
		...each(plan.outcomes, (o) => o.aspirationIds)
	]);
	const needs = renumber(
		plan.needs,
		'n',
		each(plan.outcomes, (o) => o.needIds)
	);
	const outcomes = renumber(
		plan.outcomes,
		'o',
		each(plan.provision, (p) => p.outcomeIds)
	);
	const provision = renumber(plan.provision, 'p', []);

	const out = {
		format: PLAN_FORMAT,
		version: PLAN_FORMAT_VERSION,
		child: writeChild(plan.child)
	} as PlanDocument;
	put(out, 'profile', plan.profile && writeProfile(plan.profile));
	out.plan = writePlanDetails(plan.plan);

	out.team = plan.team.map((member, index): TeamMember => {
		const item = { id: team.ids[index] ?? member.id, name: member.name, role: member.role } as TeamMember;
		put(item, 'roleDescription', member.roleDescription);
		put(item, 'organisation', member.organisation);
		put(item, 'email', member.email);
		put(item, 'phone', member.phone);
		return item;
	});
	out.aspirations = plan.aspirations.map((aspiration, index): Aspiration => {
		const item: Aspiration = {
			id: aspirations.ids[index] ?? aspiration.id,
			text: aspiration.text,
			voice: aspiration.voice
		};
		put(item, 'saidBy', aspiration.saidBy && writeSaidBy(aspiration.saidBy));
		return item;
	});
	out.needs = plan.needs.map((need, index): Need => ({
		id: needs.ids[index] ?? need.id,
		text: need.text,
		area: need.area,
		aspirationIds: relink(aspirations, need.aspirationIds)
	}));
	out.outcomes = plan.outcomes.map((outcome, index): Outcome => {
		const item = {
			id: outcomes.ids[index] ?? outcome.id,
			text: outcome.text,
			aspirationIds: relink(aspirations, outcome.aspirationIds),
			needIds: relink(needs, outcome.needIds)
		} as Outcome;
		put(item, 'targetDate', outcome.targetDate);
		put(item, 'successCriteria', outcome.successCriteria);
		item.steps = outcome.steps.map((step): Step => {
			const written: Step = { text: step.text };
			put(written, 'targetDate', step.targetDate);
			return written;
		});
		return item;
	});
	out.provision = plan.provision.map((provided, index): Provision => {
		const item = {
			id: provision.ids[index] ?? provided.id,
			text: provided.text,
			outcomeIds: relink(outcomes, provided.outcomeIds)
		} as Provision;
		put(item, 'deliveredBy', provided.deliveredBy);
		put(
			item,
			'teamMemberId',
			provided.teamMemberId === undefined ? undefined : (team.links.get(provided.teamMemberId) ?? provided.teamMemberId)
		);
		put(item, 'sessions', provided.sessions);
		put(item, 'per', provided.per);
		put(item, 'minutes', provided.minutes);
		put(item, 'groupSize', provided.groupSize);
		put(item, 'startDate', provided.startDate);
		put(item, 'reviewDate', provided.reviewDate);
		return item;
	});
	return out;
}

/** The plan as interchange JSON text: two-space indented, ending in a newline. */
export function stringifyPlanDocument(plan: PlanDocument): string {
	return `${JSON.stringify(serialisePlanDocument(plan), null, 2)}\n`;
}
