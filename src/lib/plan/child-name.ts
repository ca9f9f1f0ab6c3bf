import type { Child } from './schema';

/** What the child is called in running text: the name they are known by, else their first name. */
export function calledName(child: Pick<Child, 'firstName' | 'knownAs'>): string {
	return child.knownAs ?? child.firstName;
}

/** The possessive of a name, with a typographic apostrophe: "Sarah’s", "James’s". */
export function possessive(name: string): string {
	return `${name}’s`;
}
