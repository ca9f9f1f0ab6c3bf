import * as v from 'valibot';
import { isoDateSchema, positiveIntegerSchema, provisionEntries, textSchema } from '../plan/schema';
import { periods } from '../plan/vocabulary';

/** A whole number of 1 or more, typed into a box. */
function wholeNumber(message: string) {
	return v.optional(v.pipe(v.string(), v.trim(), v.regex(/^\d{1,6}$/, message), v.transform(Number), v.message(positiveIntegerSchema, message)));
}

/**
 * The provision form (blank optional fields absent, see `blanksAbsent`). The outcomes it serves are
 * ticked boxes, read apart. How often needs both a number and a period, or neither.
 */
export const provisionSchema = v.pipe(
	v.object({
		text: v.message(provisionEntries.text, 'Enter what the provision is, in 2,000 characters or fewer'),
		deliveredBy: v.optional(v.message(textSchema, 'Who delivers it must be 2,000 characters or fewer')),
		teamMemberId: v.optional(v.string()),
		sessions: wholeNumber('Enter the number of sessions as a whole number, like 2'),
		per: v.optional(v.picklist(periods, 'Select how often: a day, a week, a month, a term or a year')),
		minutes: wholeNumber('Enter the minutes in each session as a whole number of 1 or more, like 30'),
		groupSize: wholeNumber('Enter the group size as a whole number: 1 for one to one, or more'),
		startDate: v.optional(v.message(isoDateSchema, 'Enter the start date as a real date, like 6 January 2027')),
		reviewDate: v.optional(v.message(isoDateSchema, 'Enter the review date as a real date, like 5 March 2027'))
	}),
	v.forward(
		v.check((input) => input.sessions === undefined || input.per !== undefined, 'Select how often: a day, a week, a month, a term or a year'),
		['per']
	),
	v.forward(
		v.check((input) => input.per === undefined || input.sessions !== undefined, 'Enter how many sessions there are each period, like 2'),
		['sessions']
	),
	v.forward(
		v.check((input) => input.startDate === undefined || input.reviewDate === undefined || input.reviewDate >= input.startDate, 'The review date must be on or after the start date'),
		['reviewDate']
	)
);
