import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import {
	actionSchema,
	attendanceField,
	attendanceOf,
	attendeeSchema,
	childTookPartSchema,
	contributionSchema,
	intoPlanSchema,
	meetingCheckSchema,
	meetingOutcomeSchema,
	meetingScreenSchema,
	meetingSuggestionSchema,
	parkedSchema,
	presenceSchema,
	putActionSchema
} from '$lib/forms/meeting';
import { formId } from '$lib/server/plan-item-actions';
import { addMeetingPoint } from '$lib/server/meetings/add-meeting-point';
import { recordMeetingCheck } from '$lib/server/meetings/record-meeting-check';
import { recordMeetingOutcome } from '$lib/server/meetings/record-meeting-outcome';
import { settleMeetingPoint } from '$lib/server/meetings/settle-meeting-point';
import { putActionIntoPlan, type PutActionResult } from '$lib/server/meetings/put-action-into-plan';
import { calledBy, planHeader } from '$lib/server/db/plan-details';
import { invalid } from '$lib/server/form-failure';
import { addAttendee } from '$lib/server/meetings/add-attendee';
import { addContribution } from '$lib/server/meetings/add-contribution';
import { contributionIntoPlan, type IntoPlanResult } from '$lib/server/meetings/contribution-into-plan';
import { suggestChange } from '$lib/server/plans/suggest-change';
import { decideAction } from '$lib/server/suggestion-actions';
import { openMeetingPage } from '$lib/server/meetings/open-meeting-page';
import { endMeeting } from '$lib/server/meetings/end-meeting';
import { moveToScreen } from '$lib/server/meetings/move-to-screen';
import type { MeetingRefusal } from '$lib/server/meetings/change-open-meeting';
import { recordAttendance } from '$lib/server/meetings/record-attendance';
import { showOwnPresence } from '$lib/server/meetings/show-presence';
import { openPlan, type PlanContext } from '$lib/server/plans/plan-context';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * One meeting: while it is open, the agenda one screen at a time, what each person has said there and the
 * form to add more, live for everyone with it open (the chair's screen, phones, laptops); once ended, its
 * record. Anyone who may see the plan may follow it; those who take part in the plan add to it; its
 * editors chair it.
 */
export const load: PageServerLoad = async (event) => {
	const { ctx, changesAfter, view } = await openMeetingPage(event);
	return {
		planId: ctx.planRow.id,
		child: ctx.document.child,
		calledBy: calledBy(ctx),
		header: planHeader(ctx),
		frozen: false,
		changesAfter,
		...view,
		confirmEnd: view.canChair && event.url.searchParams.has('end'),
		canExport: ctx.actions.has('export'),
		/** The contribution being put into the plan (`?into=`), and the aspiration new words are suggested for (`?suggest=`): one form at a time. */
		into: event.url.searchParams.get('into'),
		suggestFor: event.url.searchParams.get('suggest'),
		notice: notices[event.url.searchParams.get('saved') ?? ''] ?? null
	};
};

/** What was just done, by the `saved` the action sent the browser back with. */
const notices: Record<string, string> = {
	said: 'What was said has been added',
	here: 'Who’s here has been saved',
	attendee: 'Added to who’s here',
	parked: 'Parked: the meeting will come back to it',
	'come-back': 'Marked as come back to',
	action: 'Action added',
	check: 'The check before agreeing has been saved',
	outcome: 'What the meeting recommends has been saved',
	'into-plan': 'Put in the plan: the plan’s checker says what it still needs',
	suggested: 'Suggestion made: the words stay as they were said until it is accepted',
	accepted: 'Suggestion accepted',
	declined: 'Suggestion declined: the words stay as they were said',
	shown: 'The others can now see that you have the meeting open',
	hidden: 'The others no longer see that you have the meeting open',
	put: 'The action is in the plan'
};

/** Why putting an action into the plan was refused, in words for the error summary. */
const putRefusals: Record<Exclude<PutActionResult, { ok: true }>['reason'], string> = {
	'not-allowed': 'Only the plan’s coordinator or an editor can put an action into the plan.',
	'not-found': 'This meeting is no longer there.',
	ended: 'This meeting has ended, so its actions can no longer be put into the plan from it.',
	'no-action': 'That is not one of this meeting’s actions: choose again from the list.',
	already: 'That action is in the plan already.',
	'not-offered': 'That place in the plan is no longer offered for this action: choose again.',
	stale: 'The plan has changed since you chose, so the question may no longer be right: choose again.',
	frozen: 'The plan has been agreed, so it changes only through its review.'
};

type IntoPlanRefusal = Exclude<IntoPlanResult, { ok: true }>['reason'];

const refusals: Record<
	| MeetingRefusal['reason']
	| 'no-speaker'
	| 'not-theirs'
	| 'no-point'
	| 'not-shown'
	| Exclude<IntoPlanRefusal, 'no-area'>,
	string
> = {
	'not-shown': 'The others were not being shown that you have the meeting open.',
	'no-point': 'That point is no longer waiting: someone may have marked it already.',
	'not-allowed': 'Only the plan’s coordinator or an editor can do this in a meeting.',
	'not-found': 'This meeting is no longer there.',
	ended: 'This meeting has ended, so its record stays as it was.',
	'no-speaker': 'The person chosen is no longer on the meeting’s list: choose who said it again.',
	'not-theirs': 'From your own device, add what you said, or what the child said with you.',
	'no-contribution': 'What was said could not be found in this meeting.',
	taken: 'This has already been put in the plan: someone may have done it a moment ago.',
	'wrong-kind': 'What was said on this screen cannot become that in the plan: choose again.',
	frozen: 'The plan has been agreed, so nothing can be put into it now: changes come through a review.'
};

function refused(reason: keyof typeof refusals, values: Record<string, string> = {}) {
	const status = reason === 'not-allowed' || reason === 'not-theirs' ? 403 : reason === 'not-found' ? 404 : 409;
	return invalid(status, { form: refusals[reason] }, values);
}

async function meetingAction(event: RequestEvent, access: 'edit' | 'contribute' | 'view') {
	const ctx: PlanContext = await openPlan(event, access);
	const data = await event.request.formData();
	const here = `/plans/${ctx.planRow.id}/meetings/${event.params.meetingId}`;
	return { ctx, data, here, meetingId: event.params.meetingId };
}

/** The meeting's page, for the suggestion decisions the plan's pages share, which send the browser back here. */
function meetingHere(event: RequestEvent): string {
	return `/plans/${event.params.planId}/meetings/${event.params.meetingId}`;
}

/** Why a suggestion from the meeting was refused, in words. */
function suggestRefusal(result: Exclude<Awaited<ReturnType<typeof suggestChange>>, { ok: true }>): string {
	switch (result.reason) {
		case 'forbidden':
			return result.message;
		case 'stale':
			return 'Those words have changed since the page was drawn: read them again, and suggest again if it is still wanted.';
		case 'not-found':
			return 'Those words are no longer in the plan: someone may have deleted them.';
		case 'frozen':
			return refusals.frozen;
	}
}

export const actions = {
	contribute: async (event) => {
		const { ctx, data, here, meetingId } = await meetingAction(event, 'contribute');
		const values = formValues(data);
		const parsed = v.safeParse(contributionSchema, formInput(data, contributionSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await addContribution(ctx, meetingId, parsed.output);
		if (!result.ok) return refused(result.reason, values);
		redirect(303, `${here}?screen=${parsed.output.screen}&saved=said#said`);
	},
	screen: async (event) => {
		const { ctx, data, here, meetingId } = await meetingAction(event, 'edit');
		const parsed = v.safeParse(meetingScreenSchema, formInput(data, meetingScreenSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues));
		const result = await moveToScreen(ctx, meetingId, parsed.output.screen);
		if (!result.ok) return refused(result.reason);
		// The shared screen's own buttons move the meeting on and stay on the shared screen.
		redirect(303, data.get('from') === 'present' ? `${here}/present` : here);
	},
	attendance: async (event) => {
		const { ctx, data, here, meetingId } = await meetingAction(event, 'edit');
		const values = formValues(data);
		const parsed = v.safeParse(childTookPartSchema, formInput(data, childTookPartSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const ids = [...data.keys()]
			.filter((key) => key.startsWith(attendanceField('')))
			.map((key) => key.slice(attendanceField('').length));
		const result = await recordAttendance(ctx, meetingId, { ...parsed.output, attendance: attendanceOf(data, ids) });
		if (!result.ok) return refused(result.reason, values);
		redirect(303, `${here}?screen=here&saved=here`);
	},
	attendee: async (event) => {
		const { ctx, data, here, meetingId } = await meetingAction(event, 'edit');
		const values = formValues(data);
		const parsed = v.safeParse(attendeeSchema, formInput(data, attendeeSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await addAttendee(ctx, meetingId, parsed.output);
		if (!result.ok) return refused(result.reason, values);
		redirect(303, `${here}?screen=here&saved=attendee`);
	},
	park: async (event) => {
		const { ctx, data, here, meetingId } = await meetingAction(event, 'contribute');
		const values = formValues(data);
		const screen = v.safeParse(meetingScreenSchema, formInput(data, meetingScreenSchema));
		const parsed = v.safeParse(parkedSchema, formInput(data, parkedSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await addMeetingPoint(ctx, meetingId, { kind: 'parked', text: parsed.output.parkText });
		if (!result.ok) return refused(result.reason, values);
		redirect(303, `${here}?screen=${screen.success ? screen.output.screen : 'here'}&saved=parked#parked`);
	},
	comeBack: async (event) => {
		const { ctx, data, here, meetingId } = await meetingAction(event, 'edit');
		const id = formId(data.get('id'));
		const screen = v.safeParse(meetingScreenSchema, formInput(data, meetingScreenSchema));
		const result = id ? await settleMeetingPoint(ctx, meetingId, id) : ({ ok: false, reason: 'no-point' } as const);
		if (!result.ok) return refused(result.reason);
		redirect(303, `${here}?screen=${screen.success ? screen.output.screen : 'here'}&saved=come-back#parked`);
	},
	action: async (event) => {
		const { ctx, data, here, meetingId } = await meetingAction(event, 'edit');
		const values = formValues(data);
		const parsed = v.safeParse(actionSchema, formInput(data, actionSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await addMeetingPoint(ctx, meetingId, { kind: 'action', ...parsed.output });
		if (!result.ok) return refused(result.reason, values);
		redirect(303, `${here}?screen=actions&saved=action`);
	},
	check: async (event) => {
		const { ctx, data, here, meetingId } = await meetingAction(event, 'edit');
		const values = formValues(data);
		const parsed = v.safeParse(meetingCheckSchema, formInput(data, meetingCheckSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await recordMeetingCheck(ctx, meetingId, parsed.output);
		if (!result.ok) return refused(result.reason, values);
		redirect(303, `${here}?screen=check&saved=check`);
	},
	outcome: async (event) => {
		const { ctx, data, here, meetingId } = await meetingAction(event, 'edit');
		const values = formValues(data);
		const parsed = v.safeParse(meetingOutcomeSchema, formInput(data, meetingOutcomeSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await recordMeetingOutcome(ctx, meetingId, parsed.output);
		if (!result.ok) return refused(result.reason, values);
		redirect(303, `${here}?screen=actions&saved=outcome#outcome`);
	},
	presence: async (event) => {
		const { ctx, data, here, meetingId } = await meetingAction(event, 'view');
		const screen = v.safeParse(meetingScreenSchema, formInput(data, meetingScreenSchema));
		const parsed = v.safeParse(presenceSchema, formInput(data, presenceSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues));
		const shown = parsed.output.shown === 'yes';
		const result = await showOwnPresence(ctx, meetingId, shown);
		if (!result.ok) return refused(result.reason);
		const back = screen.success ? `screen=${screen.output.screen}&` : '';
		redirect(303, `${here}?${back}saved=${shown ? 'shown' : 'hidden'}#here-now`);
	},
	intoPlan: async (event) => {
		const { ctx, data, here, meetingId } = await meetingAction(event, 'edit');
		const values = formValues(data);
		const screen = v.safeParse(meetingScreenSchema, formInput(data, meetingScreenSchema));
		const parsed = v.safeParse(intoPlanSchema, formInput(data, intoPlanSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const result = await contributionIntoPlan(ctx, meetingId, parsed.output);
		if (!result.ok) {
			if (result.reason === 'no-area') return invalid(400, { area: 'Select the area of need' }, values);
			return refused(result.reason, values);
		}
		const back = screen.success ? screen.output.screen : 'plan';
		redirect(303, `${here}?screen=${back}&saved=into-plan#said-${parsed.output.contribution}`);
	},
	suggest: async (event) => {
		const { ctx, data, here } = await meetingAction(event, 'contribute');
		const values = formValues(data);
		const parsed = v.safeParse(meetingSuggestionSchema, formInput(data, meetingSuggestionSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const { item, revision, suggestText } = parsed.output;
		const result = await suggestChange(ctx, { itemId: item, revision, text: suggestText });
		if (!result.ok) return invalid(result.reason === 'forbidden' ? 403 : 409, { form: suggestRefusal(result) }, values);
		redirect(303, `${here}?screen=plan&saved=suggested#aspiration-${item}`);
	},
	accept: (event) =>
		decideAction(event, 'accept', (id) => `${meetingHere(event)}?screen=plan&saved=accepted#aspiration-${id}`),
	decline: (event) =>
		decideAction(event, 'decline', (id) => `${meetingHere(event)}?screen=plan&saved=declined#aspiration-${id}`),
	putAction: async (event) => {
		const { ctx, data, here, meetingId } = await meetingAction(event, 'edit');
		const parsed = v.safeParse(putActionSchema, formInput(data, putActionSchema));
		// The confirmation's fields are hidden, none typed: a bad one is told in the summary, and the chair chooses again.
		if (!parsed.success) {
			const problems = formErrors(parsed.issues);
			return invalid(400, {
				form: `${problems.as ?? problems.put ?? 'The confirmation was not as the page sent it'}.`
			});
		}
		const result = await putActionIntoPlan(ctx, meetingId, parsed.output);
		if (!result.ok) {
			const status = result.reason === 'not-allowed' ? 403 : result.reason === 'not-found' ? 404 : 409;
			return invalid(status, { form: putRefusals[result.reason] });
		}
		redirect(303, `${here}?screen=actions&saved=put#actions`);
	},
	end: async (event) => {
		const { ctx, here, meetingId } = await meetingAction(event, 'edit');
		const result = await endMeeting(ctx, meetingId);
		if (!result.ok) return refused(result.reason);
		redirect(303, here);
	}
} satisfies Actions;
