import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, type FormErrors } from '$lib/forms/form-errors';
import {
	evidenceField,
	ratingField,
	reviewFormState,
	reviewFormStateOf,
	reviewFormSchema,
	reviewFormInput,
	reviewViewsSchema,
	type ReviewFormState
} from '$lib/forms/review';
import { progressLabels, progressRatings } from '$lib/plan/progress';
import { childViewsHowLabels, childViewsHows } from '$lib/review/child-views-how';
import { personLabel } from '$lib/plan/person-label';
import { ukDateOf } from '$lib/dates/format-timestamp';
import { meetingsOfReview } from '$lib/server/db/meetings';
import type { PlanAction } from '$lib/server/auth/access';
import { today } from '$lib/server/clock/clock';
import { shownNote } from '$lib/server/notes/shown-note';
import { pronounsOf } from '$lib/plan/pronouns';
import { easyReadHistory } from '$lib/server/easy-read/easy-read-history';
import { calledBy } from '$lib/server/db/plan-details';
import { listReviewNotes } from '$lib/server/db/plan-notes';
import { readVersionNumber } from '$lib/server/db/plan-versions';
import { getReviewOfVersion } from '$lib/server/db/reviews';
import { invalid } from '$lib/server/form-failure';
import { planSummary } from '$lib/server/plan-item-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import { completeReview } from '$lib/server/reviews/complete-review';
import { saveReview, type ReviewSaveRefusal } from '$lib/server/reviews/save-review';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * The plan, the review and the version it reviews (from its frozen snapshot), and what this person may
 * do with the review: an open one is a draft of a plan not archived. 404 when it is not this plan's.
 */
async function openReview(event: RequestEvent, action: PlanAction) {
	const ctx = await openPlan(event, action);
	const opened = await getReviewOfVersion(ctx.db, ctx.planRow.id, event.params.reviewId, today());
	if (!opened) error(404, 'Not found');
	const open = opened.review.status === 'draft' && ctx.planRow.archived_at === null;
	return {
		ctx,
		opened,
		open,
		canEdit: open && ctx.actions.has('edit'),
		canContribute: open && ctx.actions.has('contribute')
	};
}

export const load: PageServerLoad = async (event) => {
	const { ctx, opened, open, canEdit, canContribute } = await openReview(event, 'view');
	const { review, reviewed } = opened;
	const nextVersion = review.nextVersionId ? await readVersionNumber(ctx.db, review.nextVersionId) : undefined;
	const notes = await listReviewNotes(ctx.db, ctx.planRow.id, review);
	const meetings = await meetingsOfReview(ctx.db, ctx.planRow.id, review.id);
	// The times the child saw the version this review reviews: those since the last review.
	const { seen } = await easyReadHistory(ctx.db, ctx.planRow.id, pronounsOf(ctx.document.child), reviewed.version.id);
	return {
		...planSummary(ctx),
		review: {
			id: review.id,
			status: review.status,
			date: review.date,
			tookPart: review.tookPart.map(personLabel),
			childTookPart: review.childTookPart,
			familyTookPart: review.familyTookPart,
			childViewsHow: review.childViewsHow.map((how) => childViewsHowLabels[how]),
			progress: review.progress,
			childViews: review.childViews,
			familyViews: review.familyViews,
			changesNext: review.changesNext,
			completedAt: review.completedAt
		},
		/** The family's notes between reviews that this review takes in (an open one: those not taken in yet). */
		notes: notes.map((note) => shownNote(note, calledBy(ctx), ctx.account.id)),
		seen: seen.map((row) => row.sentence),
		/** The review meetings whose records went into it. */
		meetings: meetings.map((meeting) => ({
			href: `/plans/${ctx.planRow.id}/meetings/${meeting.id}`,
			date: ukDateOf(meeting.started_at)
		})),
		formState: reviewFormStateOf(review),
		versionNumber: reviewed.version.number,
		nextVersion: nextVersion ?? null,
		outcomes: reviewed.document.outcomes.map((outcome, i) => ({
			id: outcome.id,
			number: i + 1,
			text: outcome.text,
			targetDate: outcome.targetDate ?? null
		})),
		team: reviewed.document.team.map((member) => ({ value: member.id, label: personLabel(member) })),
		ratingOptions: progressRatings.map((rating) => ({ value: rating, label: progressLabels[rating] })),
		progressLabels,
		howOptions: childViewsHows.map((how) => ({ value: how, label: childViewsHowLabels[how] })),
		open,
		canEditReview: canEdit,
		canContributeReview: canContribute,
		canExport: ctx.actions.has('export'),
		saved: event.url.searchParams.has('saved'),
		justCompleted: event.url.searchParams.has('completed')
	};
};

/** What the other person saved, shown beside the form after a stale save. */
interface Theirs {
	childViews: string;
	familyViews: string;
	changesNext: string;
}

/** The form again, as typed (the ticked lists too), with its problems and, after a stale save, theirs. */
function refuse(status: number, errors: FormErrors, { values, lists }: ReviewFormState, theirs?: Theirs) {
	return invalid(status, errors, values, { lists, theirs });
}

const closedMessage = 'This review is completed, so it cannot be changed.';

/** Answers a save refused by the use case. */
function refusedSave(result: ReviewSaveRefusal, state: ReviewFormState) {
	switch (result.reason) {
		case 'stale': {
			const { values: saved } = reviewFormStateOf(result.current);
			const theirs = {
				childViews: saved.childViews ?? '',
				familyViews: saved.familyViews ?? '',
				changesNext: saved.changesNext ?? ''
			};
			// What this person typed stays; a box they left empty takes what the other person saved, so that
			// saving again does not wipe it out. The next save is based on their revision.
			const values = {
				...state.values,
				revision: String(result.current.revision),
				childViews: state.values.childViews || theirs.childViews,
				familyViews: state.values.familyViews || theirs.familyViews,
				changesNext: state.values.changesNext || theirs.changesNext
			};
			return refuse(
				409,
				{
					form: 'Someone else saved this review while you were editing. What they saved is shown below; your changes are still in the form, and boxes you left empty now hold what they wrote: check them and save again.'
				},
				{ ...state, values },
				theirs
			);
		}
		case 'bad-ids':
			return refuse(
				400,
				{ form: 'Some of what was ticked is not part of the reviewed plan. Reload the page and try again.' },
				state
			);
		case 'not-draft':
			return refuse(409, { form: 'This review has been completed, so it cannot be changed.' }, state);
		case 'not-found':
			return refuse(404, { form: 'This review no longer exists.' }, state);
	}
}

export const actions = {
	/** Saves what the person may save: everything (editors) or the views (the family). */
	save: async (event) => {
		const { ctx, opened, canEdit, canContribute } = await openReview(event, 'contribute');
		const state = reviewFormState(await event.request.formData());
		if (!canEdit && !canContribute) return refuse(403, { form: closedMessage }, state);
		const outcomeIds = opened.reviewed.document.outcomes.map((outcome) => outcome.id);
		const input = reviewFormInput(state, outcomeIds);
		const parsed = canEdit ? v.safeParse(reviewFormSchema(outcomeIds), input) : v.safeParse(reviewViewsSchema, input);
		if (!parsed.success) return refuse(400, formErrors(parsed.issues), state);
		const result = await saveReview(ctx, opened, parsed.output);
		if (!result.ok) return refusedSave(result, state);
		redirect(303, `/plans/${ctx.planRow.id}/reviews/${opened.review.id}?saved=1`);
	},
	/** Saves what was typed and completes the review, starting the plan's next version. */
	complete: async (event) => {
		const { ctx, opened, canEdit } = await openReview(event, 'edit');
		const state = reviewFormState(await event.request.formData());
		if (!canEdit) return refuse(403, { form: closedMessage }, state);
		const outcomeIds = opened.reviewed.document.outcomes.map((outcome) => outcome.id);
		const parsed = v.safeParse(reviewFormSchema(outcomeIds), reviewFormInput(state, outcomeIds));
		if (!parsed.success) return refuse(400, formErrors(parsed.issues), state);
		const result = await completeReview(ctx, opened, parsed.output);
		if (result.ok) redirect(303, `/plans/${ctx.planRow.id}/reviews/${opened.review.id}?completed=1`);
		switch (result.reason) {
			case 'incomplete': {
				const numberOf = new Map(outcomeIds.map((id, i) => [id, i + 1]));
				const errors: FormErrors = {};
				for (const id of result.rating) errors[ratingField(id)] = `Choose how far outcome ${numberOf.get(id)} got`;
				for (const id of result.evidence)
					errors[evidenceField(id)] = `Enter the evidence for outcome ${numberOf.get(id)} in a sentence or two`;
				// What was typed has been saved as the draft: the form shows it again, on the new revision.
				return refuse(400, errors, { ...state, values: { ...state.values, revision: String(result.revision) } });
			}
			case 'moved-on':
				return refuse(
					409,
					{ form: 'This review cannot be completed: it has been completed already, or the plan has moved on.' },
					state
				);
			default:
				return refusedSave(result, state);
		}
	}
} satisfies Actions;
