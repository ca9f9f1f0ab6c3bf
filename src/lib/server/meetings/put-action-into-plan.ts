import type { Transaction } from 'kysely';
import type { PutActionInput } from '../../forms/meeting';
import {
	destinationRecord,
	mayBecome,
	stepFromAction,
	type ActionDestination,
	type PlannedAction
} from '../../meeting/action-into-plan';
import { actionOf, markActionBecame, meetingOf } from '../db/meetings';
import { savePlanDetails } from '../db/plan-details';
import { saveItem } from '../db/plan-items';
import type { PlanDraft } from '../db/plan-draft';
import { recordAudit } from '../db/record-audit';
import type { Database } from '../db/schema';
import { planAuditEvent } from '../plans/audit-events';
import { changePlan, type PlanFrozen } from '../plans/change-plan';
import type { PlanContext } from '../plans/plan-context';
import type { MeetingRefusal } from './change-open-meeting';

export type PutActionResult =
	/** The plan changed, audited as a change to `item`; the action records what it `became`. */
	| { ok: true; item: string; became: string }
	| MeetingRefusal
	/** No action of this meeting has that id (a parked point, or another meeting's). */
	| { ok: false; reason: 'no-action' }
	/** The action is in the plan already: it goes in once. */
	| { ok: false; reason: 'already' }
	/** The outcome or provision is no longer in the plan, or the action may not go there (a date with none). */
	| { ok: false; reason: 'not-offered' }
	/** What the confirmation showed has been changed since: the question would no longer be true. */
	| { ok: false; reason: 'stale' }
	| PlanFrozen;

type Written = { ok: true; item: string } | { ok: false; reason: 'stale' | 'not-offered' };

/**
 * The chair puts an action agreed in an open meeting into the plan, after the one confirmation: as a new
 * step of an outcome (its words, with who does it, by its date), or as the plan's or a provision's review
 * date. One transaction, through `changePlan`: the plan's change with its own audit row (told live to
 * everyone with the plan open), and the action's `became` with a 'meeting.action-into-plan' row, so the
 * same action cannot go in twice. `revision` is that of what the question described (the outcome, whose
 * revision guards its steps; the plan's details; the provision): changed since, nothing is written.
 */
export function putActionIntoPlan(
	ctx: PlanContext,
	meetingId: string,
	input: PutActionInput
): Promise<PutActionResult> {
	if (!ctx.actions.has('edit')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	return changePlan<PutActionResult>(
		ctx,
		{ item: (done) => done.item },
		async (trx, draft): Promise<PutActionResult> => {
			const meeting = await meetingOf(trx, ctx.planRow.id, meetingId);
			if (!meeting) return { ok: false, reason: 'not-found' };
			if (meeting.ended_at !== null) return { ok: false, reason: 'ended' };
			const point = await actionOf(trx, meeting.id, input.put);
			if (!point) return { ok: false, reason: 'no-action' };
			if (point.became !== null) return { ok: false, reason: 'already' };
			const action: PlannedAction = { text: point.text, who: point.who, byWhen: point.by_when };
			const written = await writeInto(trx, draft, ctx, action, input.as, input.revision);
			if (!written.ok) return written;
			const became = destinationRecord(input.as);
			if (!(await markActionBecame(trx, meeting.id, point.id, became))) return { ok: false, reason: 'already' };
			await recordAudit(trx, planAuditEvent(ctx, 'meeting.action-into-plan', `meeting:${meeting.id}`));
			return { ok: true, item: written.item, became };
		}
	);
}

/** Makes the change the confirmation described, through the repositories the plan's own forms use. */
async function writeInto(
	trx: Transaction<Database>,
	draft: PlanDraft,
	ctx: PlanContext,
	action: PlannedAction,
	destination: ActionDestination,
	revision: number
): Promise<Written> {
	// The plan as stored now (`changePlan` started the draft from it), not as this request first read it.
	const document = draft.document();
	if (!mayBecome(action, destination, document)) return { ok: false, reason: 'not-offered' };
	const versionId = ctx.version.id;
	const accountId = ctx.account.id;
	const answer = (saved: { ok: boolean }, item: string): Written =>
		saved.ok ? { ok: true, item } : { ok: false, reason: 'stale' };
	switch (destination.kind) {
		case 'step': {
			const {
				id,
				aspirationIds: _a,
				needIds: _n,
				steps: _s,
				...data
			} = document.outcomes.find((outcome) => outcome.id === destination.outcomeId)!;
			// The outcome's revision guards its steps (its form rewrites them all): it moves on with the new one.
			const outcome = await saveItem(
				trx,
				{ versionId, kind: 'outcome', id, expectedRevision: revision, data, accountId },
				draft
			);
			if (!outcome.ok) return answer(outcome, '');
			const step = stepFromAction(action);
			return answer(
				await saveItem(trx, { versionId, kind: 'step', data: step, parentId: id, accountId }, draft),
				`outcome:${id}`
			);
		}
		case 'plan-review': {
			const { title, kind, startDate } = document.plan;
			const plan = { title, kind, startDate, reviewDate: action.byWhen! };
			return answer(await savePlanDetails(trx, { versionId, expectedRevision: revision, plan }, draft), 'plan');
		}
		case 'provision-review': {
			const {
				id,
				outcomeIds: _o,
				teamMemberId: _t,
				...data
			} = document.provision.find((provision) => provision.id === destination.provisionId)!;
			const change = { ...data, reviewDate: action.byWhen! };
			const saved = await saveItem(
				trx,
				{ versionId, kind: 'provision', id, expectedRevision: revision, data: change, accountId },
				draft
			);
			return answer(saved, `provision:${id}`);
		}
	}
}
