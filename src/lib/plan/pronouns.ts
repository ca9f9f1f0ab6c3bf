/**
 * The words every sentence the app writes about the child uses for them: the pronouns recorded in
 * `child.pronouns` ("she/her", "They / Them", "she/they"), or the child's name when none are recorded or
 * they are ones the app does not know, so that no sentence guesses.
 */
import { calledName, possessive } from './child-name';
import type { Child } from './schema';

/** How to refer to the child in a sentence. */
export interface ChildPronouns {
	/** The name they are called by: "Sarah". */
	name: string;
	/** "she", "he", "they", or the name. */
	subject: string;
	/** "her", "him", "them", or the name. */
	object: string;
	/** "her", "his", "their", or "Sarah’s". */
	possessive: string;
	/** Whether the subject takes a plural verb ("they are", "they want"). */
	plural: boolean;
}

type PronounSet = Pick<ChildPronouns, 'subject' | 'object' | 'possessive' | 'plural'>;

const she: PronounSet = { subject: 'she', object: 'her', possessive: 'her', plural: false };
const he: PronounSet = { subject: 'he', object: 'him', possessive: 'his', plural: false };
const they: PronounSet = { subject: 'they', object: 'them', possessive: 'their', plural: true };

/** The sets the app knows, by any of their words. */
const known: Readonly<Record<string, PronounSet>> = {
	she,
	her: she,
	hers: she,
	he,
	him: he,
	his: he,
	they,
	them: they,
	their: they,
	theirs: they
};

/**
 * The child's pronouns. Only the first word recorded counts: "she/they" is written "she". Unknown or
 * empty gives the name in every place ("Sarah", "Sarah’s").
 */
export function pronounsOf(child: Pick<Child, 'firstName' | 'knownAs' | 'pronouns'>): ChildPronouns {
	const name = calledName(child);
	const first =
		(child.pronouns ?? '')
			.trim()
			.toLowerCase()
			.split(/[\s/,;]+/)[0] ?? '';
	const set = Object.hasOwn(known, first) ? known[first] : undefined;
	return set ? { name, ...set } : { name, subject: name, object: name, possessive: possessive(name), plural: false };
}

/** The subject with its verb agreeing: ("she", "wants", "want") → "she wants"; "they want"; "Sarah wants". */
export function subjectVerb(pronouns: ChildPronouns, singular: string, plural: string): string {
	return `${pronouns.subject} ${pronouns.plural ? plural : singular}`;
}

/** The text with its first letter a capital, to start a sentence: "she is" → "She is". */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
