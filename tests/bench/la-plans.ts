/**
 * Plans for a local authority's caseload, made from the four example plans: each child gets another
 * name, age, setting and dates, and each list keeps a different number of its items, so 25,000 plans
 * are not 25,000 copies. Every plan is checked by `parsePlanDocument`, as an import would be.
 */
import { fromUtcDate, toUtcDate, type IsoDate } from '../../src/lib/dates';
import { parsePlanDocument, type PlanDocument } from '../../src/lib/plan/document';
import { defaultReviewDate } from '../../src/lib/plan/review-dates';
import { examplePlan, type ExamplePlanName } from './pdf-plans';

// Split from one string each: as arrays, formatting would give every name a line of its own.
const firstNames = (
	'Olivia Muhammad Amelia Noah Isla George Ava Oliver Freya Leo Aisha Arthur Maya Oscar Zara Harry Niamh Yusuf ' +
	'Poppy Kacper Ruby Ibrahim Evie Theo Hana Finley Priya Alfie Chloe Kofi Grace Dylan Ella Tomasz Lily Rohan Sofia ' +
	'Jack Amara Ethan Fatima Reuben Mia Callum Layla Tariq Erin Ollie'
).split(' ');
const lastNames = (
	'Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson Evans Walker White ' +
	"Roberts Green Hall Wood Jackson Clarke Khan Ahmed Hussain Begum Nowak Kowalski Okafor Mensah Osei O'Brien " +
	'Murphy Kelly Nguyen Singh Kaur Ali Shah Campbell Stewart Edwards Hughes Lewis Turner'
).split(' ');
const settings = [
	'Riverside Academy',
	'Oakfield Academy',
	'St Mary’s CE Primary School',
	'Northgate College',
	'Little Acorns Nursery',
	'Hillview Special School',
	'Westbrook Primary School',
	'Castle Hill School (resourced provision)',
	'Elmwood Pupil Referral Unit',
	'Brookside Infant School',
	'Meadow Park Secondary School',
	'Home education, with a tutor two mornings a week'
];
const pronouns = ['she/her', 'he/him', 'they/them'] as const;
const bases: readonly ExamplePlanName[] = ['sarah', 'amara', 'kacper', 'tariq'];

/** A small fast generator of numbers in [0, 1), so that the same seed makes the same caseload. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)]!;
}

const dayMs = 86_400_000;

function shift(date: IsoDate, days: number): IsoDate {
	return fromUtcDate(new Date(toUtcDate(date).getTime() + days * dayMs));
}

/** Between 60 % and all of a list, keeping the order; never empty when the list was not. */
function some<T>(random: () => number, items: readonly T[]): T[] {
	const keep = Math.max(Math.min(1, items.length), Math.ceil(items.length * (0.6 + random() * 0.4)));
	return items.slice(0, keep);
}

/** Every ISO date in the document moved by `days` (targets, provision dates), the child's birthday aside. */
function shiftDates(value: unknown, days: number): unknown {
	if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? shift(value, days) : value;
	if (Array.isArray(value)) return value.map((entry) => shiftDates(entry, days));
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, shiftDates(entry, days)]));
	return value;
}

/** The document with its links to items it no longer holds taken out, as the app would have left it. */
function withoutDanglingLinks(document: PlanDocument): PlanDocument {
	const ids = (items: ReadonlyArray<{ id: string }>) => new Set(items.map((item) => item.id));
	const [aspirations, needs, outcomes, team] = [
		document.aspirations,
		document.needs,
		document.outcomes,
		document.team
	].map(ids) as [Set<string>, Set<string>, Set<string>, Set<string>];
	const kept = (links: readonly string[], among: Set<string>) => links.filter((id) => among.has(id));
	return {
		...document,
		needs: document.needs.map((need) => ({ ...need, aspirationIds: kept(need.aspirationIds, aspirations) })),
		outcomes: document.outcomes.map((outcome) => ({
			...outcome,
			aspirationIds: kept(outcome.aspirationIds, aspirations),
			needIds: kept(outcome.needIds, needs)
		})),
		provision: document.provision.map(({ teamMemberId, ...provision }) => ({
			...provision,
			outcomeIds: kept(provision.outcomeIds, outcomes),
			...(teamMemberId && team.has(teamMemberId) ? { teamMemberId } : {})
		}))
	};
}

export interface CaseloadPlans {
	/** The `n`th plan of the caseload, starting on `startDate` (the same plan for the same arguments). */
	plan(n: number, startDate: IsoDate): PlanDocument;
}

/**
 * Plans as a local authority holds them: mostly EHC plans, for children aged 1 to 24 in all kinds of
 * setting, reviewed on the app's own default interval from the start date given. Texts
 * name the child as the example did (its name replaced throughout).
 */
export function caseloadPlans(today: IsoDate): CaseloadPlans {
	const examples = bases.map((name) => ({ name, text: JSON.stringify(examplePlan(name)) }));
	return {
		plan(n, startDate) {
			const random = seededRandom(n + 1);
			const example = examples[n % examples.length]!;
			const base = JSON.parse(example.text) as PlanDocument;
			const firstName = pick(random, firstNames);
			const lastName = pick(random, lastNames);
			// The child's names are replaced in every text: "Sarah's support plan", "Grace Okafor" and so on.
			const renamed = JSON.parse(
				example.text.replaceAll(base.child.firstName, firstName).replaceAll(base.child.lastName, lastName)
			) as PlanDocument;
			const days = Math.round((toUtcDate(startDate).getTime() - toUtcDate(base.plan.startDate).getTime()) / dayMs);
			const moved = shiftDates(renamed, days) as PlanDocument;
			const dateOfBirth = shift(startDate, -Math.floor(365.25 * (1 + random() * 23)));
			const { knownAs: _knownAs, pronouns: _pronouns, ...child } = moved.child;
			const document: PlanDocument = {
				...moved,
				child: {
					...child,
					firstName,
					lastName,
					dateOfBirth,
					setting: pick(random, settings),
					...(random() < 0.8 ? { pronouns: pick(random, pronouns) } : {})
				},
				profile: {
					likeAndAdmire: some(random, moved.profile?.likeAndAdmire ?? []),
					important: some(random, moved.profile?.important ?? []),
					support: some(random, moved.profile?.support ?? [])
				},
				plan: {
					...moved.plan,
					kind: random() < 0.85 ? 'ehc-plan' : moved.plan.kind,
					status: 'draft',
					startDate,
					reviewDate: defaultReviewDate(startDate, dateOfBirth)
				},
				team: some(random, moved.team),
				aspirations: some(random, moved.aspirations),
				needs: some(random, moved.needs),
				outcomes: some(random, moved.outcomes).map((outcome) => ({ ...outcome, steps: some(random, outcome.steps) })),
				provision: some(random, moved.provision)
			};
			const parsed = parsePlanDocument(withoutDanglingLinks(document), { today });
			if (!parsed.ok) throw new Error(`caseload plan ${n} is not valid: ${JSON.stringify(parsed.problems[0])}`);
			return parsed.plan;
		}
	};
}
