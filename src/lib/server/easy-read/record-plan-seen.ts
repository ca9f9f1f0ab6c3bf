import type { PlanSeenInput } from '../../forms/easy-read';
import { now } from '../clock/clock';
import { insertPlanSeen } from '../db/easy-read';
import { newId } from '../tokens/token';
import type { PlanContext } from '../plans/plan-context';
import { writeEasyReadRecord, type EasyReadRecordResult } from './record-easy-read-check';

/**
 * Records a time the child was shown their plan — the day, how, and what they said — against the version
 * in force, with its 'plan.seen' audit row. The plan's history and its next review show it.
 */
export function recordPlanSeen(ctx: PlanContext, input: PlanSeenInput): Promise<EasyReadRecordResult> {
	const id = newId();
	return writeEasyReadRecord(ctx, 'plan.seen', `plan-seen:${id}`, (trx, head) =>
		insertPlanSeen(trx, {
			id,
			plan_id: ctx.planRow.id,
			version_id: head.versionId,
			seen_on: input.seenOn,
			how: input.how,
			said: input.said,
			recorded_by: ctx.account.id,
			recorder_name: ctx.account.name,
			recorded_at: now().toISOString()
		})
	);
}
