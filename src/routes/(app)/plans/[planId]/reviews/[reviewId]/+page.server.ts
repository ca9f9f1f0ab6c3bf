import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, type FormErrors } from '$lib/forms/form-errors';
import {
	childViewsHowLabels,
	childViewsHows,
	evidenceField,
	progressOf,
	ratingField,
	reviewInput,
	reviewSchema,
	reviewViewsSchema,
	type ChildViewsHow
} from '$lib/forms/review';
import { roleLabels } from '$lib/plan/labels';
import { progressLabels, progressRatings } from '$lib/plan/progress';
import { today } from '$lib/server/clock/clock';
import { database } from '$lib/server/db/app-database';
import { versionDocument } from '$lib/server/db/plan-versions';
import { completeReview, getReview, saveReview, type Review } from '$lib/server/db/reviews';
import { planSummary } from '$lib/server/plan-item-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import type { PlanAction } from '$lib/server/auth/access';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** What the form shows again after a refusal: what was typed, ticks and all. */
export interface ReviewValues {
	date: string;
	tookPart: string[];
	childTookPart: boolean;
	familyTookPart: boolean;
	childViewsHow: string[];
	changesNext: string;
	childViews: string;
	familyViews: string;
	ratings: Record<string, string>;
	evidence: Record<string, string>;
}

function valuesOf(review: Review): ReviewValues {
	return {
		date: review.date,
		tookPart: review.tookPart.flatMap((who) => (who.id ? [who.id] : [])),
		childTookPart: review.childTookPart,
		familyTookPart: review.familyTookPart,
		childViewsHow: review.childViewsHow,
		changesNext: review.changesNext ?? '',
		childViews: review.childViews ?? '',
		familyViews: review.familyViews ?? '',
		ratings: Object.fromEntries(Object.entries(review.progress).map(([id, p]) => [id, p.rating ?? ''])),
		evidence: Object.fromEntries(Object.entries(review.progress).map(([id, p]) => [id, p.evidence ?? '']))
	};
}

function typedValues(input: Record<string, unknown>, outcomeIds: readonly string[]): ReviewValues {
	const s = (value: unknown) => (typeof value === 'string' ? value : '');
	const list = (value: unknown) =>
		Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
	return {
		date: s(input.date),
		tookPart: list(input.tookPart),
		childTookPart: input.childTookPart === true,
		familyTookPart: input.familyTookPart === true,
		childViewsHow: list(input.childViewsHow),
		changesNext: s(input.changesNext),
		childViews: s(input.childViews),
		familyViews: s(input.familyViews),
		ratings: Object.fromEntries(outcomeIds.map((id) => [id, s(input[ratingField(id)])])),
		evidence: Object.fromEntries(outcomeIds.map((id) => [id, s(input[evidenceField(id)])]))
	};
}

/** The plan, the review and the version it reviews (from its frozen snapshot); 404 when not this plan's. */
async function openReview(event: RequestEvent, action: PlanAction) {
	const plan = await openPlan(event, action);
	const db = database();
	const review = await getReview(db, plan.planRow.id, event.params.reviewId);
	if (!review) error(404, 'Not found');
	const reviewed = await versionDocument(db, plan.planRow.id, review.versionId, today());
	if (!reviewed) error(404, 'Not found');
	const open = review.status === 'draft' && plan.planRow.archived_at === null;
	return {
		plan,
		review,
		reviewed,
		open,
		canEdit: open && plan.actions.has('edit'),
		canContribute: open && plan.actions.has('contribute')
	};
}

export const load: PageServerLoad = async (event) => {
	const { plan, review, reviewed, open, canEdit, canContribute } = await openReview(event, 'view');
	const { document } = reviewed;
	const nextVersion = review.nextVersionId
		? await database()
				.selectFrom('plan_version')
				.select(['id', 'number'])
				.where('id', '=', review.nextVersionId)
				.executeTakeFirst()
		: undefined;
	return {
		...planSummary(plan),
		review: {
			id: review.id,
			status: review.status,
			date: review.date,
			revision: review.revision,
			tookPart: review.tookPart.map(
				(who) => `${who.name} (${roleLabels[who.role as keyof typeof roleLabels] ?? who.role})`
			),
			childTookPart: review.childTookPart,
			familyTookPart: review.familyTookPart,
			childViewsHow: review.childViewsHow.map((how) => childViewsHowLabels[how]),
			progress: review.progress,
			childViews: review.childViews,
			familyViews: review.familyViews,
			changesNext: review.changesNext,
			completedAt: review.completedAt
		},
		values: valuesOf(review),
		versionNumber: reviewed.version.number,
		nextVersion: nextVersion ?? null,
		outcomes: document.outcomes.map((outcome, i) => ({
			id: outcome.id,
			number: i + 1,
			text: outcome.text,
			targetDate: outcome.targetDate ?? null
		})),
		team: document.team.map((member) => ({ value: member.id, label: `${member.name} (${roleLabels[member.role]})` })),
		ratingOptions: progressRatings.map((rating) => ({ value: rating, label: progressLabels[rating] })),
		progressLabels,
		howOptions: childViewsHows.map((how) => ({ value: how, label: childViewsHowLabels[how as ChildViewsHow] })),
		open,
		canEditReview: canEdit,
		canContributeReview: canContribute,
		canExport: plan.actions.has('export'),
		saved: event.url.searchParams.has('saved'),
		justCompleted: event.url.searchParams.has('completed')
	};
};

type Refusal = { errors: FormErrors; values: ReviewValues; theirs?: ReviewValues; revision?: number };

/** Saves what the person may save: everything (editors) or the views (the family). */
async function save(event: RequestEvent, data: FormData, opened: Awaited<ReturnType<typeof openReview>>) {
	const { plan, review, reviewed, canEdit, canContribute } = opened;
	const outcomeIds = reviewed.document.outcomes.map((outcome) => outcome.id);
	const input = reviewInput(data, outcomeIds);
	const values = typedValues(input, outcomeIds);
	if (!canEdit && !canContribute)
		return {
			refused: fail(403, {
				errors: { form: 'This review is completed, so it cannot be changed.' },
				values
			} satisfies Refusal)
		};
	const schema = canEdit ? reviewSchema(outcomeIds) : reviewViewsSchema;
	const parsed = v.safeParse(schema, input);
	if (!parsed.success) return { refused: fail(400, { errors: formErrors(parsed.issues), values } satisfies Refusal) };
	const output = parsed.output as Record<string, unknown>;
	const revision = Number(output.revision);
	const views = {
		childViews: (output.childViews as string) || undefined,
		familyViews: (output.familyViews as string) || undefined
	};
	const result = await saveReview(database(), {
		planId: plan.planRow.id,
		accountId: plan.account.id,
		ip: event.getClientAddress(),
		reviewId: review.id,
		expectedRevision: Number.isInteger(revision) ? revision : -1,
		views,
		...(canEdit
			? {
					fields: {
						date: output.date as string,
						tookPart: output.tookPart as string[],
						childTookPart: output.childTookPart as boolean,
						familyTookPart: output.familyTookPart as boolean,
						childViewsHow: output.childViewsHow as ChildViewsHow[],
						changesNext: (output.changesNext as string) || undefined,
						progress: progressOf(output, outcomeIds)
					}
				}
			: {})
	});
	if (result.ok) return { revision: result.revision, values };
	switch (result.reason) {
		case 'stale': {
			// What this person typed stays; a box they left empty takes what the other person saved, so that
			// saving again does not wipe it out.
			const theirs = valuesOf(result.current);
			const merged: ReviewValues = {
				...values,
				childViews: values.childViews || theirs.childViews,
				familyViews: values.familyViews || theirs.familyViews,
				changesNext: values.changesNext || theirs.changesNext
			};
			return {
				refused: fail(409, {
					errors: {
						form: 'Someone else saved this review while you were editing. What they saved is shown below; your changes are still in the form, and boxes you left empty now hold what they wrote: check them and save again.'
					},
					values: merged,
					theirs,
					revision: result.current.revision
				} satisfies Refusal)
			};
		}
		case 'bad-ids':
			return {
				refused: fail(400, {
					errors: { form: 'Some of what was ticked is not part of the reviewed plan. Reload the page and try again.' },
					values
				} satisfies Refusal)
			};
		case 'not-draft':
			return {
				refused: fail(409, {
					errors: { form: 'This review has been completed, so it cannot be changed.' },
					values
				} satisfies Refusal)
			};
		case 'not-found':
			return { refused: fail(404, { errors: { form: 'This review no longer exists.' }, values } satisfies Refusal) };
	}
}

export const actions = {
	save: async (event) => {
		const opened = await openReview(event, 'contribute');
		const result = await save(event, await event.request.formData(), opened);
		if (result.refused) return result.refused;
		redirect(303, `/plans/${opened.plan.planRow.id}/reviews/${opened.review.id}?saved=1`);
	},
	complete: async (event) => {
		const opened = await openReview(event, 'edit');
		const saved = await save(event, await event.request.formData(), opened);
		if (saved.refused) return saved.refused;
		const result = await completeReview(database(), {
			planId: opened.plan.planRow.id,
			accountId: opened.plan.account.id,
			ip: event.getClientAddress(),
			reviewId: opened.review.id,
			expectedRevision: saved.revision,
			today: today()
		});
		if (result.ok) redirect(303, `/plans/${opened.plan.planRow.id}/reviews/${opened.review.id}?completed=1`);
		if (result.reason === 'incomplete') {
			const errors: FormErrors = {};
			const numberOf = new Map(opened.reviewed.document.outcomes.map((outcome, i) => [outcome.id, i + 1]));
			for (const id of result.rating) errors[ratingField(id)] = `Choose how far outcome ${numberOf.get(id)} got`;
			for (const id of result.evidence)
				errors[evidenceField(id)] = `Enter the evidence for outcome ${numberOf.get(id)} in a sentence or two`;
			// What was typed has been saved as a draft: the form shows it again with the new revision.
			return fail(400, { errors, values: saved.values, revision: saved.revision } satisfies Refusal);
		}
		return fail(409, {
			errors: {
				form:
					result.reason === 'stale'
						? 'Someone else saved this review just now. Reload the page and try again.'
						: 'This review cannot be completed: it has been completed already, or the plan has moved on.'
			},
			values: saved.values
		} satisfies Refusal);
	}
} satisfies Actions;
