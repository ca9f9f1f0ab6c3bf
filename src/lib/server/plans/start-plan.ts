import { defaultPlanTitle, type StartPlanInput } from '../../forms/start-plan';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, type PlanDocument } from '../../plan/document';
import { defaultReviewDate } from '../../plan/review-dates';
import { recordAudit } from '../db/record-audit';
import { insertPlanDocument } from '../db/plan-create';
import type { StarterContext } from './account-context';
import { accountAuditEvent } from './audit-events';
import { inTransaction } from '../db/in-transaction';

/** What starting a plan answers: always the new plan (there is nothing to refuse once the form is valid). */
export type StartPlanResult = { ok: true; planId: string };

/** A new draft plan, empty but for the child's and the plan's details; a title and review date by default. */
function newPlanDocument(input: StartPlanInput): PlanDocument {
	return {
		format: PLAN_FORMAT,
		version: PLAN_FORMAT_VERSION,
		child: {
			firstName: input.firstName,
			lastName: input.lastName,
			...(input.knownAs ? { knownAs: input.knownAs } : {}),
			...(input.pronouns ? { pronouns: input.pronouns } : {}),
			...(input.setting ? { setting: input.setting } : {}),
			...(input.communication ? { communication: input.communication } : {}),
			dateOfBirth: input.dateOfBirth
		},
		plan: {
			title: input.title ?? defaultPlanTitle(input.firstName),
			kind: input.kind,
			status: 'draft',
			startDate: input.startDate,
			reviewDate: input.reviewDate ?? defaultReviewDate(input.startDate, input.dateOfBirth)
		},
		team: [],
		aspirations: [],
		needs: [],
		outcomes: [],
		provision: []
	};
}

/**
 * Starts a plan for a new child of the starter's organisation, with the 'plan.created' audit row, in one
 * transaction. `today` is the day the form was checked on, which the thread's stored counts are made on.
 */
export async function startPlan(ctx: StarterContext, input: StartPlanInput, today: string): Promise<StartPlanResult> {
	const { account } = ctx;
	const created = await inTransaction(ctx.db, async (trx) => {
		const plan = await insertPlanDocument(trx, {
			organisationId: account.organisation_id,
			accountId: account.id,
			document: newPlanDocument(input),
			today
		});
		await recordAudit(trx, accountAuditEvent(ctx, 'plan.created', plan.planId, null));
		return plan;
	});
	return { ok: true, planId: created.planId };
}
