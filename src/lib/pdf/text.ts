/**
 * Small plain-English text helpers for the PDF: names, lists and quantities, written as a person
 * would say them. Pure functions, no pdfmake.
 */
import type { Child, Period, Provision } from '../plan/document';
import { periodLabels } from '../plan/labels';
import { plural } from '../plan/plural';
import { sessionsPhrase } from '../plan/sessions-phrase';

/** The child's full name: "Sarah Okafor". */
export function fullName(child: Pick<Child, 'firstName' | 'lastName'>): string {
	return `${child.firstName} ${child.lastName}`;
}

/** Text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, '')}…`;
}

/** Joins words as a list in English: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
	if (words.length <= 1) return words[0] ?? '';
	return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Whole numbers as a short list with runs written as ranges: [1, 2, 3, 5] → "1 to 3 and 5".
 * The numbers are sorted and repeats dropped.
 */
export function joinNumbers(numbers: readonly number[]): string {
	const sorted = [...new Set(numbers)].sort((a, b) => a - b);
	const parts: string[] = [];
	let index = 0;
	while (index < sorted.length) {
		const start = sorted[index] as number;
		let end = start;
		while (index + 1 < sorted.length && sorted[index + 1] === end + 1) {
			end += 1;
			index += 1;
		}
		index += 1;
		if (end === start) parts.push(String(start));
		else if (end === start + 1) parts.push(String(start), String(end));
		else parts.push(`${start} to ${end}`);
	}
	return joinWords(parts);
}

/** How often provision happens: "2 sessions a week", "1 session a term", or undefined when not given. */
export function howOften(provision: Pick<Provision, 'sessions' | 'per'>): string | undefined {
	const { sessions, per } = provision;
	if (sessions === undefined && per === undefined) return undefined;
	if (sessions === undefined) return `Sessions ${periodLabels[per as Period]}`;
	return sessionsPhrase(sessions, per);
}

/** How long each session lasts: "30 minutes", "1 hour 30 minutes", "2 hours". */
export function howLong(minutes: number | undefined): string | undefined {
	if (minutes === undefined) return undefined;
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return plural(rest, 'minute');
	if (rest === 0) return plural(hours, 'hour');
	return `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}

/** The group size in words: 1 is "One to one", otherwise "Group of 6". */
export function groupSizeText(groupSize: number | undefined): string | undefined {
	if (groupSize === undefined) return undefined;
	return groupSize === 1 ? 'One to one' : `Group of ${groupSize}`;
}

/** What is printed where a plan leaves a field empty. */
export const NOT_GIVEN = 'Not given yet';
