import * as v from 'valibot';
import { isIsoDate } from '../dates/iso-date';
import {
	LIST_MAX_ITEMS,
	PLAN_FORMAT,
	PLAN_FORMAT_VERSION,
	TEXT_MAX_LENGTH,
	areasOfNeed,
	periods,
	planKinds,
	planStatuses,
	roles,
	voices
} from './vocabulary';

/** Whether `value` is a JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Non-empty text of at most 2,000 characters, trimmed. */
export const textSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(TEXT_MAX_LENGTH));

/** A real calendar date written `YYYY-MM-DD` (surrounding spaces are trimmed). */
export const isoDateSchema = v.pipe(
	v.string(),
	v.trim(),
	v.check((value: string) => isIsoDate(value))
);

/** A whole number of 1 or more. */
export const positiveIntegerSchema = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * A list of at most 200 items. The length is checked first, so a list that is too long gets that one
 * problem rather than one for each of its items.
 */
function list<const TItem extends v.GenericSchema>(item: TItem) {
	return v.pipe(v.array(v.unknown()), v.maxLength(LIST_MAX_ITEMS), v.array(item));
}

/**
 * An object with exactly these fields. Arrays are refused as a whole, rather than read as objects
 * with fields named "0", "1"… (Only the first unknown field is reported by valibot itself;
 * `parsePlanDocument` reports every one.)
 */
function record<const TEntries extends v.ObjectEntries>(entries: TEntries) {
	return v.pipe(v.custom<Record<string, unknown>>(isPlainObject), v.strictObject(entries));
}

/** A list of items with `id`s, each id used once (a repeat is a problem at `list[i].id`). */
function listWithIds<const TEntries extends v.ObjectEntries & { id: typeof textSchema }>(entries: TEntries) {
	return v.pipe(
		list(record(entries)),
		v.rawCheck(({ dataset, addIssue }) => {
			const items: unknown = dataset.value;
			if (!Array.isArray(items)) return;
			const seen = new Map<string, number>();
			items.forEach((item: unknown, index) => {
				if (!isPlainObject(item) || typeof item.id !== 'string') return;
				const id = item.id.trim();
				if (id === '') return;
				const first = seen.get(id);
				if (first === undefined) {
					seen.set(id, index);
					return;
				}
				addIssue({
					label: 'duplicate id',
					input: item.id,
					expected: 'a new id',
					received: `"${id}" again`,
					message: `The id "${shorten(id)}" is already used by item ${first + 1} of this list. Give each item its own id.`,
					path: [
						{ type: 'array', origin: 'value', input: items, key: index, value: item },
						{ type: 'object', origin: 'value', input: item, key: 'id', value: item.id }
					]
				});
			});
		})
	);
}

function shorten(text: string): string {
	return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The fields of `child`, in the format's order. */
export const childEntries = {
	firstName: textSchema,
	lastName: textSchema,
	knownAs: v.exactOptional(textSchema),
	pronouns: v.exactOptional(textSchema),
	setting: v.exactOptional(textSchema),
	communication: v.exactOptional(textSchema),
	dateOfBirth: isoDateSchema
};

/**
 * Who said someone's own words, in the format's order: their name, whether it was the child, who helped
 * the child say it ("her key worker"), and who wrote it down, when. `accountId` ties the words to the
 * account that may accept a change to them; it is kept in the app's own copies and never exported.
 */
export const saidByEntries = {
	name: textSchema,
	child: v.exactOptional(v.literal(true)),
	with: v.exactOptional(textSchema),
	recordedBy: v.exactOptional(textSchema),
	recordedOn: v.exactOptional(isoDateSchema),
	accountId: v.exactOptional(textSchema)
};

/** An About me entry with who said it (an entry may also be plain text, as format v1 first had them). */
export const profileEntryEntries = {
	text: textSchema,
	saidBy: v.exactOptional(record(saidByEntries))
};

/** One entry of an About me list: its text, or its text with who said it. */
const profileEntrySchema = v.union([textSchema, record(profileEntryEntries)]);

/** The fields of `profile` (the one-page profile), in the format's order. */
export const profileEntries = {
	likeAndAdmire: v.exactOptional(list(profileEntrySchema)),
	important: v.exactOptional(list(profileEntrySchema)),
	support: v.exactOptional(list(profileEntrySchema))
};

/** The fields of `plan` (title, kind, status and dates), in the format's order. */
export const planEntries = {
	title: textSchema,
	kind: v.picklist(planKinds),
	status: v.picklist(planStatuses),
	startDate: isoDateSchema,
	reviewDate: v.exactOptional(isoDateSchema)
};

/** The fields of a team member, in the format's order. */
export const teamMemberEntries = {
	id: textSchema,
	name: textSchema,
	role: v.picklist(roles),
	/** What an `other` role is ("Travel trainer"), shown in its place. Older files have none. */
	roleDescription: v.exactOptional(textSchema),
	organisation: v.exactOptional(textSchema),
	email: v.exactOptional(textSchema),
	phone: v.exactOptional(textSchema)
};

/** The fields of an aspiration, in the format's order. */
export const aspirationEntries = {
	id: textSchema,
	text: textSchema,
	voice: v.picklist(voices),
	saidBy: v.exactOptional(record(saidByEntries))
};

/** The fields of a need, in the format's order. */
export const needEntries = {
	id: textSchema,
	text: textSchema,
	area: v.picklist(areasOfNeed),
	aspirationIds: list(textSchema)
};

/** The fields of an outcome's step, in the format's order. */
export const stepEntries = {
	text: textSchema,
	targetDate: v.exactOptional(isoDateSchema)
};

/** The fields of an outcome, in the format's order. */
export const outcomeEntries = {
	id: textSchema,
	text: textSchema,
	aspirationIds: list(textSchema),
	needIds: list(textSchema),
	targetDate: v.exactOptional(isoDateSchema),
	successCriteria: v.exactOptional(textSchema),
	steps: list(record(stepEntries))
};

/** The fields of a provision, in the format's order. */
export const provisionEntries = {
	id: textSchema,
	text: textSchema,
	outcomeIds: list(textSchema),
	deliveredBy: v.exactOptional(textSchema),
	teamMemberId: v.exactOptional(textSchema),
	sessions: v.exactOptional(positiveIntegerSchema),
	per: v.exactOptional(v.picklist(periods)),
	minutes: v.exactOptional(positiveIntegerSchema),
	groupSize: v.exactOptional(positiveIntegerSchema),
	startDate: v.exactOptional(isoDateSchema),
	reviewDate: v.exactOptional(isoDateSchema)
};

/** The top-level fields of a plan document, in the format's order. */
export const documentEntries = {
	format: v.literal(PLAN_FORMAT),
	version: v.literal(PLAN_FORMAT_VERSION),
	child: record(childEntries),
	profile: v.exactOptional(record(profileEntries)),
	plan: record(planEntries),
	team: listWithIds(teamMemberEntries),
	aspirations: listWithIds(aspirationEntries),
	needs: listWithIds(needEntries),
	outcomes: listWithIds(outcomeEntries),
	provision: listWithIds(provisionEntries)
};

/**
 * The plan interchange format, version 1, as a valibot schema. It checks everything in
 * `plan-format.md` except that the date of birth is not after today (which needs today's date:
 * `parsePlanDocument` checks it) and it reports only the first unknown field of each object
 * (`parsePlanDocument` reports them all). Links to missing ids are not its business: `checkThread`
 * reports them.
 */
export const planDocumentSchema = record(documentEntries);

/** A plan, as the whole core handles it: the output of `planDocumentSchema`. */
export type PlanDocument = v.InferOutput<typeof planDocumentSchema>;
/** The child or young person the plan is for. */
export type Child = PlanDocument['child'];
/** The one-page profile ("About me"). */
export type Profile = NonNullable<PlanDocument['profile']>;
/** The plan's title, kind, status and dates. */
export type PlanDetails = PlanDocument['plan'];
/** A member of the team around the child. */
export type TeamMember = PlanDocument['team'][number];
/** A hope for the future, in someone's own words. */
export type Aspiration = PlanDocument['aspirations'][number];
/** Who said someone's own words, and who wrote them down, when. */
export type SaidBy = NonNullable<Aspiration['saidBy']>;
/** One entry of an About me list, in either of its shapes (read it with `profileEntry`). */
export type ProfileEntry = NonNullable<Profile['support']>[number];
/** A need, in one area of need. */
export type Need = PlanDocument['needs'][number];
/** What the child will be able to do, and by when. */
export type Outcome = PlanDocument['outcomes'][number];
/** A shorter step towards an outcome. */
export type Step = Outcome['steps'][number];
/** A piece of provision: the support, who gives it and how much. */
export type Provision = PlanDocument['provision'][number];
/** A team member's role. */
export type Role = TeamMember['role'];
/** An area of need. */
export type AreaOfNeed = Need['area'];
/** Whose voice an aspiration is in. */
export type Voice = Aspiration['voice'];
/** The kind of plan. */
export type PlanKind = PlanDetails['kind'];
/** The plan's status. */
export type PlanStatus = PlanDetails['status'];
/** The period provision sessions are counted over. */
export type Period = NonNullable<Provision['per']>;
