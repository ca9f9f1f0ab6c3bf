import { groupPhrase } from '../plan/group-phrase';
import { plural } from '../plan/plural';
import { sessionsPhrase } from '../plan/sessions-phrase';
import * as v from 'valibot';
import { textMessage } from './fields';
import { positiveIntegerSchema, provisionEntries, textSchema } from '../plan/schema';
import { firstBoxOf, optionalDateInput } from './date-input';
import { periods } from '../plan/vocabulary';
import type { Provision } from '../plan/schema';

/** A whole number of 1 or more, typed into a box. */
function wholeNumber(message: string) {
	return v.optional(
		v.pipe(
			v.string(),
			v.trim(),
			v.regex(/^\d{1,6}$/, message),
			v.transform(Number),
			v.message(positiveIntegerSchema, message)
		)
	);
}

/**
 * The provision form (blank optional fields absent, see `blanksAbsent`). The outcomes it serves are
 * ticked boxes, read apart. How often needs both a number and a period, or neither.
 */
export const provisionSchema = v.pipe(
	v.object({
		text: v.message(provisionEntries.text, textMessage('Enter what the provision is', 'What the provision is')),
		deliveredBy: v.optional(v.message(textSchema, 'Who delivers it must be 2,000 characters or fewer')),
		teamMemberId: v.optional(v.string()),
		sessions: wholeNumber('Enter the number of sessions as a whole number, like 2'),
		per: v.optional(v.picklist(periods, 'Select how often: a day, a week, a month, a term or a year')),
		minutes: wholeNumber('Enter the minutes in each session as a whole number of 1 or more, like 30'),
		groupSize: wholeNumber('Enter the group size as a whole number: 1 for one to one, or more'),
		startDate: optionalDateInput('Start date'),
		reviewDate: optionalDateInput('Review date')
	}),
	v.forward(
		v.check(
			(input) => input.sessions === undefined || input.per !== undefined,
			'Select how often: a day, a week, a month, a term or a year'
		),
		['per']
	),
	v.forward(
		v.check(
			(input) => input.per === undefined || input.sessions !== undefined,
			'Enter how many sessions there are each period, like 2'
		),
		['sessions']
	),
	v.forward(
		v.check(
			(input) => input.startDate === undefined || input.reviewDate === undefined || input.reviewDate >= input.startDate,
			'Review date must be the same as or after the start date'
		),
		firstBoxOf('reviewDate')
	)
);

/** How much provision there is in words, "1 session a week, 90 minutes, one to one" ('' when not said). */
export function quantityInWords(provision: Pick<Provision, 'sessions' | 'per' | 'minutes' | 'groupSize'>): string {
	const parts: string[] = [];
	if (provision.sessions !== undefined && provision.per) parts.push(sessionsPhrase(provision.sessions, provision.per));
	if (provision.minutes !== undefined) parts.push(plural(provision.minutes, 'minute'));
	if (provision.groupSize !== undefined) parts.push(groupPhrase(provision.groupSize));
	return parts.join(', ');
}
