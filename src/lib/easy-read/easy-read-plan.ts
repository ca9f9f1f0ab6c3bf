/**
 * The plan for the child in Easy Read, made from the plan, the Easy Read words the team wrote for its
 * items, and today: sections written to the child in the first person, one idea a line, each line with
 * a picture. An item is shown in its Easy Read words when they are written, else in its own words if
 * those already keep the Easy Read rule; otherwise it is left out of the child's copy and listed for the
 * adult as needing an Easy Read version. The page and the PDF both read this one result.
 *
 * Pure: knows nothing of SvelteKit or the database, and never reads the clock.
 */
import { formatUkDateOnOneLine } from '../dates/format';
import { compareIsoDates, type IsoDate } from '../dates/iso-date';
import { calledName } from '../plan/child-name';
import type { Aspiration, PlanDocument, Provision } from '../plan/schema';
import { periodLabels } from '../plan/labels';
import { speakerName } from '../plan/said-label';
import { shortName } from '../plan/short-name';
import { choosePicture, pictureByKey, type EasyReadLayer, type Picture } from './pictures';
import { keepsEasyReadRule, sentenceCounts } from './sentences';

/** An item's Easy Read words and the picture the writer chose, as the team saved them (either may be unset). */
export interface EasyReadWords {
	text: string | null;
	picture: string | null;
}

/** One line: one idea, in words the child reads, with its picture on the left. */
export interface EasyReadLine {
	text: string;
	picture: Picture;
}

/** The lines one item of the plan (or its review) gives, kept together on the page. */
export interface EasyReadEntry {
	itemId: string;
	lines: EasyReadLine[];
}

/** The sections, in the order the child reads them. */
export type EasyReadSectionKey = 'want' | 'hard' | 'working-on' | 'helps' | 'review';

export interface EasyReadSection {
	key: EasyReadSectionKey;
	heading: string;
	entries: EasyReadEntry[];
}

/** An item left out of the child's copy: neither Easy Read words nor words short enough of its own. */
export interface NeedsEasyRead {
	itemId: string;
	layer: Exclude<EasyReadLayer, 'review'>;
	/** The item's own text, so the adult knows which one. */
	text: string;
}

export interface EasyReadPlan {
	/** The name the child is called by: "Sarah". */
	childName: string;
	/** Sections with something in them; one whose items are all left out is left out with them. */
	sections: EasyReadSection[];
	/** What the writer still has to give Easy Read words, in the plan's order. */
	needsEasyRead: NeedsEasyRead[];
}

export const sectionHeadings: Readonly<Record<EasyReadSectionKey, string>> = {
	want: 'What I want',
	hard: 'What I find hard',
	'working-on': 'What I am working on',
	helps: 'Who helps me and when',
	review: 'When we will look at my plan again'
};

/** A picture every plan has (the catalogue's own keys: a missing one is a mistake in the catalogue). */
function picture(key: string): Picture {
	const found = pictureByKey(key);
	if (!found) throw new Error(`The Easy Read picture "${key}" is not in the catalogue.`);
	return found;
}

/** What a kind of help is about, by the picture the item's words chose: "Priya helps me with talking." */
const helpTopics: Readonly<Record<string, string>> = {
	speech: 'talking',
	listening: 'listening',
	seeing: 'seeing',
	travel: 'travelling',
	reading: 'reading',
	writing: 'writing',
	numbers: 'maths',
	feelings: 'my feelings',
	moving: 'moving',
	health: 'my health',
	food: 'food',
	computer: 'computers'
};

/** An item's words for the child: its Easy Read words when written, else its own text if it keeps the rule. */
function wordsFor(text: string, written: EasyReadWords | undefined): string | undefined {
	const easyRead = written?.text?.trim();
	if (easyRead) return easyRead;
	return keepsEasyReadRule(text) ? text.trim() : undefined;
}

/** A line for each sentence of the words (one idea a line; a new line ends one too), with the item's picture. */
function linesOf(words: string, item: Picture): EasyReadLine[] {
	return sentenceCounts(words).map(({ sentence }) => ({ text: sentence, picture: item }));
}

/**
 * Who said an aspiration that is not the child's own, for the line before it: "Grace says:", or
 * "My family says:" when only the voice is known. Undefined for the child's own words.
 */
function whoSays(aspiration: Aspiration, child: PlanDocument['child']): string | undefined {
	if (aspiration.saidBy?.child || (!aspiration.saidBy && aspiration.voice === 'child')) return undefined;
	const name = speakerName(aspiration, child);
	if (name) return `${name} says:`;
	return aspiration.voice === 'professional' ? 'The people who help me say:' : 'My family says:';
}

/** "Once a week.", "3 times a week.", "6 times in all." */
function howOften(sessions: number, per: Provision['per']): string {
	const times = sessions === 1 ? 'Once' : `${sessions} times`;
	return per ? `${times} ${periodLabels[per]}.` : `${times} in all.`;
}

/** "For 30 minutes each time.", "For 2 hours each time.", whole hours said as hours. */
function howLong(minutes: number): string {
	if (minutes % 60 !== 0) return `For ${minutes} minutes each time.`;
	const hours = minutes / 60;
	return `For ${hours} ${hours === 1 ? 'hour' : 'hours'} each time.`;
}

/**
 * Who gives the help: the team member by the name the child knows ("Priya"), else the role the plan
 * gives ("Who helps me: Learning mentor."), which is said as written rather than guessed into a sentence.
 */
function whoHelps(provision: Provision, plan: PlanDocument, item: Picture): string | undefined {
	const member = provision.teamMemberId ? plan.team.find((person) => person.id === provision.teamMemberId) : undefined;
	const topic = helpTopics[item.key];
	if (member) return `${shortName(member.name)} helps me${topic ? ` with ${topic}` : ''}.`;
	return provision.deliveredBy ? `Who helps me: ${provision.deliveredBy}.` : undefined;
}

/** The lines a provision gives after its words; a generated line too long for the rule is left out. */
function provisionLines(provision: Provision, plan: PlanDocument, item: Picture): EasyReadLine[] {
	const lines: EasyReadLine[] = [];
	const who = whoHelps(provision, plan, item);
	if (who) lines.push({ text: who, picture: picture('help') });
	if (provision.sessions !== undefined)
		lines.push({ text: howOften(provision.sessions, provision.per), picture: picture('calendar') });
	if (provision.minutes !== undefined) lines.push({ text: howLong(provision.minutes), picture: picture('time') });
	return lines.filter((line) => keepsEasyReadRule(line.text));
}

/** "I will do this by 14 March 2027.", or, once the date has gone by, that it was the aim. */
function byWhen(targetDate: IsoDate, today: IsoDate): EasyReadLine {
	const date = formatUkDateOnOneLine(targetDate);
	const text =
		compareIsoDates(targetDate, today) < 0 ? `I wanted to do this by ${date}.` : `I will do this by ${date}.`;
	return { text, picture: picture('calendar') };
}

/** When the plan is looked at again, said the same way whether it is still to come or has gone by. */
function reviewEntry(reviewDate: IsoDate | undefined, today: IsoDate): EasyReadEntry {
	const lines: EasyReadLine[] = reviewDate
		? compareIsoDates(reviewDate, today) < 0
			? [
					{
						text: `We planned to look at my plan again on ${formatUkDateOnOneLine(reviewDate)}.`,
						picture: picture('calendar')
					},
					{ text: 'We will look at it again soon.', picture: picture('calendar') }
				]
			: [
					{
						text: `We will look at my plan again on ${formatUkDateOnOneLine(reviewDate)}.`,
						picture: picture('calendar')
					}
				]
		: [{ text: 'We will look at my plan again soon.', picture: picture('calendar') }];
	lines.push({ text: 'I can say what I think.', picture: picture('speech') });
	return { itemId: 'review', lines };
}

/**
 * The Easy Read plan.
 *
 * @example
 * const plan = easyReadPlan(document, new Map([['a1', { text: 'I want friends.', picture: null }]]), '2026-12-05');
 */
export function easyReadPlan(
	plan: PlanDocument,
	words: ReadonlyMap<string, EasyReadWords>,
	today: IsoDate
): EasyReadPlan {
	const needsEasyRead: NeedsEasyRead[] = [];

	/** The item's entry: its words' lines and any lines after them; undefined (and listed) when it has no words. */
	function entry(
		layer: NeedsEasyRead['layer'],
		item: { id: string; text: string },
		more: (picture: Picture) => EasyReadLine[] = () => [],
		before: EasyReadLine[] = []
	): EasyReadEntry[] {
		const written = words.get(item.id);
		const said = wordsFor(item.text, written);
		if (said === undefined) {
			needsEasyRead.push({ itemId: item.id, layer, text: item.text });
			return [];
		}
		const itemPicture = choosePicture(layer, said, written?.picture);
		return [{ itemId: item.id, lines: [...before, ...linesOf(said, itemPicture), ...more(itemPicture)] }];
	}

	const sections: EasyReadSection[] = [
		{
			key: 'want',
			heading: sectionHeadings.want,
			entries: plan.aspirations.flatMap((aspiration) => {
				const who = whoSays(aspiration, plan.child);
				return entry('aspiration', aspiration, undefined, who ? [{ text: who, picture: picture('home') }] : []);
			})
		},
		{ key: 'hard', heading: sectionHeadings.hard, entries: plan.needs.flatMap((need) => entry('need', need)) },
		{
			key: 'working-on',
			heading: sectionHeadings['working-on'],
			entries: plan.outcomes.flatMap((outcome) =>
				entry('outcome', outcome, () => (outcome.targetDate ? [byWhen(outcome.targetDate, today)] : []))
			)
		},
		{
			key: 'helps',
			heading: sectionHeadings.helps,
			entries: plan.provision.flatMap((provision) =>
				entry('provision', provision, (item) => provisionLines(provision, plan, item))
			)
		},
		{ key: 'review', heading: sectionHeadings.review, entries: [reviewEntry(plan.plan.reviewDate, today)] }
	];
	return {
		childName: calledName(plan.child),
		sections: sections.filter((section) => section.entries.length > 0),
		needsEasyRead
	};
}
