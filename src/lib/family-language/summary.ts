/**
 * The family summary: the plan's plain reading (the order of `/plans/[planId]/read`) with its headings,
 * labels, dates and "how often" in the family's language, and each item's own English words with the
 * interpreter's translation beside them where there is one. Structured text, laid out by the PDF.
 */
import { hopeThreads } from '../thread-view/plain-plan';
import { personLabel } from '../plan/person-label';
import { calledName } from '../plan/child-name';
import type { Outcome, PlanDocument, Provision, TeamMember } from '../plan/schema';
import { languageDate, languageNumber, plural, timesPer } from './index';
import { english, fill, type LanguageFile } from './wording';

/** What an interpreter wrote for one item, and who and when. */
export interface ItemTranslation {
	text: string;
	translatedByName: string;
	translatedOn: string;
}

/** A line under an item: words in the family's language, then any of the plan's own English words. */
export interface SummaryDetail {
	text: string;
	english?: string;
}

/** One item: what it is (a step), its English words, the translation if any, what more the plan says, its steps. */
export interface SummaryEntry {
	label?: string;
	english: string;
	translation: { text: string; note: string } | undefined;
	details: SummaryDetail[];
	steps: SummaryEntry[];
}

/** Words in the family's language, or a list of items under its lead-in. */
export type SummaryBlock = { kind: 'text'; text: string } | { kind: 'items'; lead: string; entries: SummaryEntry[] };

export interface SummarySection {
	heading: string;
	blocks: SummaryBlock[];
}

export interface FamilySummary {
	language: LanguageFile;
	title: string;
	/** The same in English, for the pages' English lines. */
	englishTitle: string;
	sections: SummarySection[];
}

/** Builds the summary of `plan` in `language`, with the interpreters' translations by item id. */
export function familySummary(
	plan: PlanDocument,
	language: LanguageFile,
	translations: ReadonlyMap<string, ItemTranslation>
): FamilySummary {
	const { code, words } = language;
	const name = calledName(plan.child);
	const date = (iso: string) => languageDate(code, iso);

	const entry = (
		id: string,
		english: string,
		details: SummaryDetail[] = [],
		steps: SummaryEntry[] = []
	): SummaryEntry => {
		const found = translations.get(id);
		const translation = found && {
			text: found.text,
			note: fill(words.translatedBy, { name: found.translatedByName, date: date(found.translatedOn) })
		};
		return { english, translation, details, steps };
	};
	const outcome = (each: Outcome) =>
		entry(
			each.id,
			each.text,
			[
				...(each.targetDate ? [{ text: fill(words.byDate, { date: date(each.targetDate) }) }] : []),
				...(each.successCriteria ? [{ text: words.howWeWillKnow, english: each.successCriteria }] : [])
			],
			// A step has no id of its own to hang a translation on: its English, with its date in the language.
			each.steps.map((step) => ({
				label: words.step,
				english: step.text,
				translation: undefined,
				details: step.targetDate ? [{ text: fill(words.byDate, { date: date(step.targetDate) }) }] : [],
				steps: []
			}))
		);
	const provision = (each: Provision) => {
		const often = [
			timesPer(language, each.sessions, each.per),
			each.minutes === undefined ? undefined : plural(code, words.minutes, each.minutes)
		].filter((part): part is string => part !== undefined);
		const member = each.teamMemberId ? plan.team.find((person) => person.id === each.teamMemberId) : undefined;
		const who = [member?.name, each.deliveredBy].filter(Boolean).join(', ');
		return entry(each.id, each.text, [
			...(often.length > 0 ? [{ text: often.join(' · ') }] : []),
			...(who ? [{ text: words.givenBy, english: who }] : [])
		]);
	};
	const items = (lead: string, entries: SummaryEntry[]): SummaryBlock[] =>
		entries.length > 0 ? [{ kind: 'items', lead, entries }] : [];

	const threads = hopeThreads(plan);
	const own = plan.aspirations.filter((aspiration) => aspiration.voice === 'child');
	const help = fill(words.help, { name });
	const contact = (member: TeamMember) =>
		entry(member.id, personLabel(member), [
			...[member.organisation, member.email, member.phone].flatMap((english) =>
				english ? [{ text: '', english }] : []
			)
		]);
	const also = [
		...items(
			words.whatMakesItHard,
			threads.unlinked.needs.map((need) => entry(need.id, need.text))
		),
		...items(words.workingTowards, threads.unlinked.outcomes.map(outcome)),
		...items(help, threads.unlinked.provision.map(provision))
	];
	const contacts = plan.team.filter((member) => member.role !== 'child-young-person').map(contact);

	return {
		language,
		title: fill(words.title, { name }),
		englishTitle: fill(english.title, { name }),
		sections: [
			...(own.length > 0
				? [
						{
							heading: fill(words.aboutChild, { name }),
							blocks: items(
								fill(words.inOwnWords, { name }),
								own.map((aspiration) => entry(aspiration.id, aspiration.text))
							)
						}
					]
				: []),
			...(threads.hopes.length > 0
				? threads.hopes.map((thread, index) => ({
						heading: fill(words.hope, { number: languageNumber(code, index + 1) }),
						blocks: [
							...items('', [entry(thread.aspiration.id, thread.aspiration.text)]),
							...items(
								words.whatMakesItHard,
								thread.needs.map((need) => entry(need.id, need.text))
							),
							...items(words.workingTowards, thread.outcomes.map(outcome)),
							...items(help, thread.provision.map(provision))
						]
					}))
				: [{ heading: words.hopes, blocks: [{ kind: 'text' as const, text: words.noHopes }] }]),
			...(also.length > 0 ? [{ heading: words.alsoInPlan, blocks: also }] : []),
			{
				heading: words.lookedAtAgain,
				blocks: [
					{
						kind: 'text',
						text: plan.plan.reviewDate ? fill(words.reviewOn, { date: date(plan.plan.reviewDate) }) : words.noReviewDate
					}
				]
			},
			...(contacts.length > 0 ? [{ heading: words.whoToContact, blocks: items('', contacts) }] : [])
		]
	};
}
