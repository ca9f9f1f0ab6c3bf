import * as v from 'valibot';
import type { IsoDate } from '../dates/iso-date';
import { seenHowSchema } from '../easy-read/seen-how';
import { pictures } from '../easy-read/pictures';
import { dateInput } from './date-input';
import { optionalFreeText, requiredFreeText } from './free-text';

/** Easy Read words are short by nature: a few lines of a few short sentences. */
export const EASY_READ_MAX_LENGTH = 1000;

const pictureKeys = pictures.map((picture) => picture.key) as [string, ...string[]];

/**
 * One item's Easy Read words and picture. Empty words remove them; no picture chosen ('') means the one
 * chosen from the words. `revision` is the one the form was drawn at, so that a save made meanwhile is not
 * overwritten unseen.
 */
export const easyReadWordsSchema = v.object({
	itemId: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'This item is not in the plan')),
	revision: v.pipe(
		v.string(),
		v.regex(/^\d{1,9}$/, 'This form could not be read: open the page again and save once more'),
		v.transform(Number)
	),
	text: optionalFreeText('The Easy Read words', EASY_READ_MAX_LENGTH),
	picture: v.union(
		[
			v.picklist(pictureKeys),
			v.pipe(
				v.literal(''),
				v.transform(() => null)
			)
		],
		'Select a picture from the list'
	)
});
export type EasyReadWordsInput = v.InferOutput<typeof easyReadWordsSchema>;

const notFuture = (name: string, today: IsoDate) => ({
	holds: (date: IsoDate) => date <= today,
	message: `${name} must be today or in the past`
});

/** Who checked the Easy Read version with the child, and on what day (not after today). */
export function easyReadCheckSchema(today: IsoDate) {
	return v.object({
		checkedBy: requiredFreeText('The name', 'Enter the name of who checked it with the child', 120),
		checkedOn: dateInput('Date it was checked', { rules: [notFuture('Date it was checked', today)] })
	});
}
export type EasyReadCheckInput = v.InferOutput<ReturnType<typeof easyReadCheckSchema>>;

/** A time the child was shown their plan: the day, how, and what they said, in their words. */
export function planSeenSchema(today: IsoDate) {
	return v.object({
		seenOn: dateInput('Date they saw their plan', { rules: [notFuture('Date they saw their plan', today)] }),
		how: seenHowSchema,
		said: optionalFreeText('What they said')
	});
}
export type PlanSeenInput = v.InferOutput<ReturnType<typeof planSeenSchema>>;
