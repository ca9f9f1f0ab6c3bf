import type { IsoDate } from '../dates/iso-date';
import type { SaidBy, Voice } from '../plan/schema';
import type { MeetingScreen } from './agenda';

/**
 * What something said in a meeting can become in the plan, on the screens that map onto it: an About me
 * entry on "What we like and admire" and "What's important"; on the plan's own screen, an aspiration, a
 * need, an outcome or some provision. Taken in as a new item, never as a change to anyone's words.
 */
export const contributionItemKinds = [
	'like-and-admire',
	'important',
	'aspiration',
	'need',
	'outcome',
	'provision'
] as const;
export type ContributionItemKind = (typeof contributionItemKinds)[number];

/** The kinds that keep who said the words (the plan's items of someone's own words). */
export type SpokenKind = Extract<ContributionItemKind, 'like-and-admire' | 'important' | 'aspiration'>;

const kindsByScreen: Partial<Record<MeetingScreen, readonly ContributionItemKind[]>> = {
	'like-and-admire': ['like-and-admire'],
	important: ['important'],
	plan: ['aspiration', 'need', 'outcome', 'provision']
};

/** What a contribution on `screen` may become; none on the screens with no place in the plan (who's here, actions…). */
export function itemKindsFor(screen: MeetingScreen): readonly ContributionItemKind[] {
	return kindsByScreen[screen] ?? [];
}

/** Whether an item of `kind` keeps who said it. */
export function keepsSpeaker(kind: ContributionItemKind): kind is SpokenKind {
	return kind === 'like-and-admire' || kind === 'important' || kind === 'aspiration';
}

/** How the chair's form offers each kind ("Put it in the plan as…"). */
export const intoPlanLabels: Readonly<Record<ContributionItemKind, string>> = {
	'like-and-admire': 'Add to What we like and admire',
	important: 'Add to What’s important',
	aspiration: 'An aspiration, in their words',
	need: 'A need: something that stands in the way',
	outcome: 'An outcome to work towards',
	provision: 'Support (provision) that will help'
};

/** Who said something in the meeting, as far as the plan's words need to know. */
export interface ContributionSpeaker {
	/** As on the meeting's list ("Grace Okafor"). */
	name: string;
	isChild: boolean;
	/** A parent or carer: on the team as one, or joined the meeting from a family account. */
	isFamily: boolean;
	/** The account that joined the meeting as this person, from their own device; null for everyone else. */
	accountId: string | null;
}

/** The voice an aspiration from a contribution is in: the child's, a parent's or carer's, or a professional's. */
export function voiceOf(speaker: Pick<ContributionSpeaker, 'isChild' | 'isFamily'>): Voice {
	if (speaker.isChild) return 'child';
	return speaker.isFamily ? 'parent-carer' : 'professional';
}

/**
 * Who said the words, as the plan keeps it: the child by the name the plan calls them (`childName`),
 * with who helped them; anyone else by their name. Written down by whoever typed it, on the day it was
 * said. Words carry an account only when that person typed them from their own device: then they, and
 * no one else, may accept a change to them themselves.
 */
export function saidByOf(
	speaker: ContributionSpeaker,
	contribution: { supportedBy: string | null; writer: string; writtenOn: IsoDate },
	childName: string
): SaidBy {
	return {
		name: speaker.isChild ? childName : speaker.name,
		...(speaker.isChild ? { child: true as const } : {}),
		...(contribution.supportedBy ? { with: contribution.supportedBy } : {}),
		recordedBy: contribution.writer,
		recordedOn: contribution.writtenOn,
		...(speaker.accountId && !speaker.isChild ? { accountId: speaker.accountId } : {})
	};
}

/** What a contribution became, as its row keeps it: the item's kind and id. */
export interface Became {
	kind: ContributionItemKind;
	id: string;
}

/** The stored form of what a contribution became: `aspiration:<id>`, as the audit log names items. */
export function becameRef(became: Became): string {
	return `${became.kind}:${became.id}`;
}

/** What a stored `became` names, or null when it names nothing a contribution can become. */
export function becameOf(stored: string | null): Became | null {
	const match = stored ? /^([a-z-]+):([a-z0-9]+)$/.exec(stored) : null;
	const kind = contributionItemKinds.find((k) => k === match?.[1]);
	return kind && match ? { kind, id: match[2]! } : null;
}

const listNames: Readonly<Record<ContributionItemKind, { name: string; article: string }>> = {
	'like-and-admire': { name: 'What we like and admire', article: '' },
	important: { name: 'What’s important', article: '' },
	aspiration: { name: 'aspiration', article: 'an' },
	need: { name: 'need', article: 'a' },
	outcome: { name: 'outcome', article: 'an' },
	provision: { name: 'provision', article: '' }
};

/**
 * What a contribution became, in words: "Added to What we like and admire", "Became aspiration 3" (its
 * number in the plan now), or, once the item has been taken out of the plan, "Became an aspiration, since
 * removed".
 */
export function becameLabel(kind: ContributionItemKind, number: number | null): string {
	const { name, article } = listNames[kind];
	if (kind === 'like-and-admire' || kind === 'important')
		return number === null ? `Added to ${name}, since removed` : `Added to ${name}`;
	if (number === null) return `Became ${article ? `${article} ` : ''}${name}, since removed`;
	return `Became ${name} ${number}`;
}
