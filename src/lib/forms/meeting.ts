import * as v from 'valibot';
import { readDestination } from '../meeting/action-into-plan';
import { meetingScreens } from '../meeting/agenda';
import { attendances } from '../meeting/attendance';
import { childTookPartWays } from '../meeting/child-took-part';
import { recommendations } from '../meeting/recommendation';
import { contributionItemKinds } from '../meeting/contribution-item';
import { areasOfNeed } from '../plan/vocabulary';
import { revisionField } from './child-details';
import { dateInput } from './date-input';
import { optionalChoice, requiredText } from './fields';
import { optionalFreeText, requiredFreeText } from './free-text';

/** How long the meeting's shorter answers may be: the schemas check them, and the page's boxes count down to them. */
export const meetingTextLimits = { childTookPartHow: 500, actionText: 500, answer: 1000 } as const;

/** An agenda screen, as the chair's buttons and the contribution form send it. */
export const meetingScreenSchema = v.object({
	screen: v.picklist(meetingScreens, 'Choose a screen of the agenda')
});

/**
 * What someone said, on which screen, and who said it: the number of someone on the meeting's list (an
 * attendee's id), with who helped them say it, if anyone.
 */
export const contributionSchema = v.object({
	screen: v.picklist(meetingScreens, 'Choose a screen of the agenda'),
	speaker: v.pipe(v.string(), v.trim(), v.nonEmpty('Choose who said it')),
	supportedBy: optionalFreeText('Who helped them say it', 200),
	text: requiredFreeText('What they said', 'Enter what they said')
});
export type ContributionInput = v.InferOutput<typeof contributionSchema>;

/** Someone who came but is not on the plan's team: a grandparent, a new teacher, an interpreter. */
export const attendeeSchema = v.object({
	name: requiredText('their name', { example: 'Ayesha Khan' }),
	role: requiredText('who they are', { example: 'Grandmother' })
});
export type AttendeeInput = v.InferOutput<typeof attendeeSchema>;

/** How the child takes part; the rest of "Who's here" is one choice per person (`attendanceOf`). */
export const childTookPartSchema = v.object({
	childTookPart: optionalChoice(childTookPartWays, 'Choose how they are taking part'),
	childTookPartHow: optionalFreeText('How they are taking part', meetingTextLimits.childTookPartHow)
});
export type ChildTookPartInput = v.InferOutput<typeof childTookPartSchema>;

const attendanceChoice = optionalChoice(attendances);

/** The field that holds whether attendee `id` came. */
export function attendanceField(id: string): string {
	return `attendance-${id}`;
}

/**
 * Whether each listed person came, from the "Who's here" form: here, sent apologies, or not said (left
 * blank). A value the form never offers counts as not said.
 */
export function attendanceOf(data: { get(name: string): unknown }, attendeeIds: readonly string[]) {
	return new Map(
		attendeeIds.map((id) => {
			const parsed = v.safeParse(attendanceChoice, data.get(attendanceField(id)) ?? '');
			return [id, parsed.success ? parsed.output : null] as const;
		})
	);
}

/** A point parked to come back to: anyone in the meeting may park one. Named apart from what was said: both forms share a page. */
export const parkedSchema = v.object({
	parkText: requiredFreeText('What to come back to', 'Enter what to come back to', 500)
});

/** An action agreed: what will be done, who will do it, and by when (named apart, as above). */
export const actionSchema = v.object({
	actionText: requiredFreeText('The action', 'Enter what will be done', meetingTextLimits.actionText),
	who: requiredText('who will do it', { example: 'Priya Shah' }),
	byWhen: dateInput('Date it will be done by')
});
export type ActionInput = v.InferOutput<typeof actionSchema>;

/** Which action the chair is putting into the plan: the id of one of the meeting's actions. */
const actionPointField = v.pipe(
	v.string(),
	v.trim(),
	v.nonEmpty('Choose an action'),
	v.maxLength(100, 'Choose an action')
);

/** Where in the plan an action goes: a destination `readDestination` knows. */
const destinationField = v.pipe(
	v.string('Choose where in the plan to put it'),
	v.trim(),
	v.nonEmpty('Choose where in the plan to put it'),
	v.check((value) => readDestination(value) !== null, 'Choose one of the places offered in the plan'),
	v.transform((value) => readDestination(value)!)
);

/**
 * The chair's choice of where an action goes, sent by a link or a form that asks (GET) before anything
 * changes: `?put=<action>&as=step:<outcome>`; the page then asks for the one confirmation.
 */
export const actionChoiceSchema = v.object({ put: actionPointField, as: destinationField });
export type ActionChoiceInput = v.InferOutput<typeof actionChoiceSchema>;

/** The confirmation itself: the choice, and the revision of what it changes as the question showed it. */
export const putActionSchema = v.object({ ...actionChoiceSchema.entries, revision: revisionField });
export type PutActionInput = v.InferOutput<typeof putActionSchema>;

/** The check before agreeing, on Lundy's model of children's participation: a sentence or two each. */
export const meetingCheckSchema = v.object({
	space: requiredFreeText('Space', 'Say whether they could take part as they wished', meetingTextLimits.answer),
	voice: requiredFreeText('Voice', 'Say how their views were given', meetingTextLimits.answer),
	audience: requiredFreeText('Audience', 'Say who listened to their views', meetingTextLimits.answer),
	influence: requiredFreeText('Influence', 'Say what changed because of their views', meetingTextLimits.answer)
});
export type MeetingCheckInput = v.InferOutput<typeof meetingCheckSchema>;

/**
 * What the meeting recommends and where people disagreed. The recommendation is asked of a review
 * meeting only (the route leaves it out of a planning meeting's form); either may be left for later.
 */
export const meetingOutcomeSchema = v.object({
	recommendation: optionalChoice(recommendations, 'Choose what the meeting recommends'),
	recommendationDetail: optionalFreeText('What to change, or why', meetingTextLimits.answer),
	differences: optionalFreeText('Where people did not agree', meetingTextLimits.answer)
});
export type MeetingOutcomeInput = v.InferOutput<typeof meetingOutcomeSchema>;

/** An id a form sends back (a contribution's, an item's): ids are lower-case base32. */
const formIdOf = (message: string) => v.pipe(v.string(), v.regex(/^[a-z0-9]{1,64}$/, message));

const intoPlanFields = v.object({
	contribution: formIdOf('That contribution could not be found: it may have been taken into the plan already.'),
	as: v.picklist(contributionItemKinds, 'Choose what it becomes in the plan'),
	area: optionalChoice(areasOfNeed, 'Select the area of need')
});
type IntoPlanFields = v.InferOutput<typeof intoPlanFields>;

/**
 * The chair takes a contribution into the plan, as a new item of a kind its screen allows. A need is in
 * one area of need, which nothing in the plan could check afterwards, so it is asked for rather than
 * guessed (checked even while other fields have problems).
 */
export const intoPlanSchema = v.pipe(
	intoPlanFields,
	v.forward(
		v.partialCheck<IntoPlanFields, [['as'], ['area']], IntoPlanFields, string>(
			[['as'], ['area']],
			(input) => input.as !== 'need' || input.area !== null,
			'Select the area of need: a need is in one area'
		),
		['area']
	)
);
export type IntoPlanInput = v.InferOutput<typeof intoPlanSchema>;

/**
 * New words suggested, from the meeting, for an item recorded as someone else's: which item, at the
 * revision the page showed, and the words (named apart: the page has other forms).
 */
export const meetingSuggestionSchema = v.object({
	item: formIdOf('Those words could not be found: they may have been deleted.'),
	revision: v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'Those words could not be found.'), v.transform(Number)),
	suggestText: requiredFreeText('The new words', 'Enter the new words you suggest')
});
export type MeetingSuggestionInput = v.InferOutput<typeof meetingSuggestionSchema>;

/** Whether to show the others that one has the meeting open ("here now"), from the button pressed. */
export const presenceSchema = v.object({
	shown: v.picklist(['yes', 'no'], 'Choose whether to show that you have the meeting open')
});
