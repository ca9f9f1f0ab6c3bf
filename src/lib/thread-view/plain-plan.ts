/**
 * The whole plan in plain English, top to bottom, as a family would read it: the child's own words
 * first, then each hope with what makes it hard, what everyone is working towards and the help the
 * child gets, then anything not yet on a hope's thread, when the plan is looked at again and who to
 * contact. Structured text, not markup, so that a page and a PDF can each lay it out.
 */
import { groupPhrase } from '../plan/group-phrase';
import { formatUkDate } from '../dates/format';
import { howLong } from '../pdf/text';
import { threadOutline } from './outline';
import { periodLabels } from '../plan/labels';
import { personLabel } from '../plan/person-label';
import { capitalise, pronounsOf, subjectVerb, type ChildPronouns } from '../plan/pronouns';
import type { Aspiration, Need, Outcome, PlanDocument, Provision, TeamMember } from '../plan/schema';
import { profileEntry } from '../plan/profile-entry';
import { saidLabel } from '../plan/said-label';

/** One thing in a list, with the sentences that say more about it. */
export interface PlainItem {
	text: string;
	details: string[];
}

/** A paragraph, or a list under the words that lead into it ("What makes it hard:"). */
export type PlainBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; lead: string; items: PlainItem[] };

/** A part of the plan under its heading. */
export interface PlainSection {
	heading: string;
	blocks: PlainBlock[];
}

const paragraph = (text: string): PlainBlock => ({ kind: 'paragraph', text });
const item = (text: string, details: string[] = []): PlainItem => ({ text, details });

/** Words quoted as said: `Sarah said: “I want to have friends.”` */
function quoted(aspiration: Aspiration, plan: PlanDocument): string {
	return `${saidLabel(aspiration, plan.child) ?? 'Someone said'}: “${aspiration.text}”`;
}

/** How many times, in words a person would say: "once", "twice", "3 times". */
function times(sessions: number): string {
	if (sessions === 1) return 'once';
	if (sessions === 2) return 'twice';
	return `${sessions} times`;
}

/**
 * How much of the provision there is, as one phrase: "once a week for 1 hour 30 minutes, one to one";
 * undefined when the plan does not say.
 */
export function howMuch(provision: Provision): string | undefined {
	const parts: string[] = [];
	const every = provision.per ? periodLabels[provision.per] : undefined;
	if (provision.sessions !== undefined) parts.push([times(provision.sessions), every].filter(Boolean).join(' '));
	else if (provision.per) parts.push(`every ${provision.per}`);
	const length = howLong(provision.minutes);
	if (length) parts.push(parts.length > 0 ? `for ${length}` : `${length} each time`);
	const often = parts.join(' ');
	const group = provision.groupSize === undefined ? undefined : groupPhrase(provision.groupSize);
	const phrase = [often, group].filter(Boolean).join(', ');
	return phrase === '' ? undefined : phrase;
}

/** Who gives the provision: "Tom Reilly (Independent travel trainer)", or undefined when nobody is named. */
export function whoGives(provision: Provision, team: readonly TeamMember[]): string | undefined {
	const member = provision.teamMemberId ? team.find((person) => person.id === provision.teamMemberId) : undefined;
	if (member && provision.deliveredBy) return `${member.name} (${provision.deliveredBy})`;
	if (member) return personLabel(member);
	return provision.deliveredBy;
}

/** A piece of provision as a list item: what it is, then how much and who gives it. */
export function provisionItem(provision: Provision, team: readonly TeamMember[]): PlainItem {
	const much = howMuch(provision);
	const who = whoGives(provision, team);
	return item(provision.text, [...(much ? [`${capitalise(much)}.`] : []), ...(who ? [`Given by ${who}.`] : [])]);
}

/** An outcome as a list item: what it is, then by when, how everyone will know, and its steps. */
export function outcomeItem(outcome: Outcome): PlainItem {
	return item(outcome.text, [
		...(outcome.targetDate ? [`By ${formatUkDate(outcome.targetDate)}.`] : []),
		...(outcome.successCriteria ? [`How we will know: ${outcome.successCriteria}`] : []),
		...outcome.steps.map((step) =>
			step.targetDate
				? `A step on the way, by ${formatUkDate(step.targetDate)}: ${step.text}`
				: `A step on the way: ${step.text}`
		)
	]);
}

const needItem = (need: Need): PlainItem => item(need.text);

/** A list, left out when it has nothing in it. */
function list(lead: string, items: readonly PlainItem[]): PlainBlock[] {
	return items.length > 0 ? [{ kind: 'list', lead, items: [...items] }] : [];
}

/** The child's own hopes, and About me: what people like and admire, what matters, how best to support. */
function ownWords(plan: PlanDocument, pronouns: ChildPronouns): PlainSection {
	const profile = plan.profile ?? {};
	const own = plan.aspirations.filter((aspiration) => aspiration.voice === 'child');
	// Each entry with who said it, where the plan knows ("… (Grace said)").
	const words = (entries: NonNullable<PlanDocument['profile']>['important']) =>
		(entries ?? []).map((entry) => {
			const { text, saidBy } = profileEntry(entry);
			const said = saidLabel({ ...(saidBy ? { saidBy } : {}) }, plan.child);
			return item(said ? `${text} (${said})` : text);
		});
	const blocks = [
		...own.map((aspiration) => paragraph(quoted(aspiration, plan))),
		...list(`What people like and admire about ${pronouns.object}:`, words(profile.likeAndAdmire)),
		...list(`What is important to ${pronouns.object}:`, words(profile.important)),
		...list(`How best to support ${pronouns.object}:`, words(profile.support)),
		...(plan.child.communication
			? [paragraph(`How ${subjectVerb(pronouns, 'communicates', 'communicate')}: ${plan.child.communication}`)]
			: [])
	];
	return {
		heading: `About ${pronouns.name}`,
		blocks: blocks.length > 0 ? blocks : [paragraph(`Nothing has been written about ${pronouns.name} yet.`)]
	};
}

/** One hope's thread: the needs linked to it, the outcomes towards it and the provision for those outcomes. */
export interface HopeThread {
	aspiration: Aspiration;
	needs: Need[];
	outcomes: Outcome[];
	provision: Provision[];
}

/**
 * The plan's hopes, each with its thread (a piece of provision listed once under each hope it serves),
 * and the needs, outcomes and provision on no hope's thread: the order every plain reading follows.
 */
export function hopeThreads(plan: PlanDocument): {
	hopes: HopeThread[];
	unlinked: { needs: Need[]; outcomes: Outcome[]; provision: Provision[] };
} {
	const outline = threadOutline(plan, []);
	const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((each) => [each.id, each]));
	const aspirations = byId(plan.aspirations);
	const needs = byId(plan.needs);
	const outcomes = byId(plan.outcomes);
	const provision = byId(plan.provision);
	const reached = new Set<string>();
	const found = <T>(map: Map<string, T>, id: string): T[] => {
		reached.add(id);
		const value = map.get(id);
		return value ? [value] : [];
	};
	const hopes = outline.aspirations.flatMap((entry): HopeThread[] => {
		const aspiration = aspirations.get(entry.id);
		if (!aspiration) return [];
		const help = [...new Set(entry.outcomes.flatMap((outcome) => outcome.provision.map((p) => p.id)))];
		return [
			{
				aspiration,
				needs: entry.needs.flatMap((need) => found(needs, need.id)),
				outcomes: entry.outcomes.flatMap((outcome) => found(outcomes, outcome.id)),
				provision: help.flatMap((id) => found(provision, id))
			}
		];
	});
	const unreached = <T extends { id: string }>(items: readonly T[]) => items.filter((each) => !reached.has(each.id));
	return {
		hopes,
		unlinked: { needs: unreached(plan.needs), outcomes: unreached(plan.outcomes), provision: unreached(plan.provision) }
	};
}

/**
 * The plan as sections of plain English. Each hope's thread: the needs linked to it, the outcomes that
 * work towards it, and the provision for those outcomes (listed once under each hope it serves).
 */
export function plainPlan(plan: PlanDocument): PlainSection[] {
	const pronouns = pronounsOf(plan.child);
	const threads = hopeThreads(plan);

	const hopes = threads.hopes.map((thread, index): PlainSection => ({
		heading: `Hope ${index + 1}`,
		blocks: [
			paragraph(quoted(thread.aspiration, plan)),
			...list('What makes it hard:', thread.needs.map(needItem)),
			...list('What we are working towards:', thread.outcomes.map(outcomeItem)),
			...list(
				`The help ${pronouns.name} gets:`,
				thread.provision.map((p) => provisionItem(p, plan.team))
			)
		]
	}));

	const also = [
		...list('What makes things hard:', threads.unlinked.needs.map(needItem)),
		...list('What we are working towards:', threads.unlinked.outcomes.map(outcomeItem)),
		...list(
			`The help ${pronouns.name} gets:`,
			threads.unlinked.provision.map((p) => provisionItem(p, plan.team))
		)
	];

	const contacts = plan.team
		.filter((member) => member.role !== 'child-young-person')
		.map((member) =>
			item(personLabel(member), [
				...(member.organisation ? [member.organisation] : []),
				...(member.email ? [`Email: ${member.email}`] : []),
				...(member.phone ? [`Phone: ${member.phone}`] : [])
			])
		);

	return [
		ownWords(plan, pronouns),
		...(hopes.length > 0
			? hopes
			: [{ heading: 'Hopes', blocks: [paragraph(`No hopes for ${pronouns.name} have been written down yet.`)] }]),
		...(also.length > 0
			? [{ heading: 'Also in the plan', blocks: [paragraph('These are not yet linked to a hope.'), ...also] }]
			: []),
		{
			heading: 'When the plan is looked at again',
			blocks: [
				paragraph(
					plan.plan.reviewDate
						? `The plan will be looked at again on ${formatUkDate(plan.plan.reviewDate)}.`
						: 'No date has been set yet to look at the plan again.'
				)
			]
		},
		{
			heading: 'Who to contact',
			blocks:
				contacts.length > 0
					? list(`The people who help ${pronouns.name}, and ${pronouns.possessive} family:`, contacts)
					: [paragraph('Nobody has been added to the team yet.')]
		}
	];
}
