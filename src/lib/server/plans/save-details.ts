import type { ChildDetailsInput } from '../../forms/child-details';
import type { PlanDetailsInput } from '../../forms/plan-details';
import { saveChildDetails, saveCommunication, savePlanDetails, type DetailsWrite } from '../db/plan-details';
import { changePlan, type PlanFrozen } from './change-plan';
import type { PlanContext } from './plan-context';

/** What a change to the child's or the plan's own details answers. */
export type DetailsSaveResult = DetailsWrite | PlanFrozen;

/** Changes the child's details, if the plan's details are still as the form showed them. */
export function changeChildDetails(ctx: PlanContext, input: ChildDetailsInput): Promise<DetailsSaveResult> {
	const { revision, ...child } = input;
	return changePlan<DetailsWrite>(ctx, { item: 'child' }, (trx, draft) =>
		saveChildDetails(
			trx,
			{ childId: ctx.child.id, versionId: ctx.version.id, expectedRevision: revision, child },
			draft
		)
	);
}

/** Changes the plan's title, kind and dates, if they are still as the form showed them. */
export function changePlanDetails(ctx: PlanContext, input: PlanDetailsInput): Promise<DetailsSaveResult> {
	const { revision, ...plan } = input;
	return changePlan<DetailsWrite>(ctx, { item: 'plan' }, (trx, draft) =>
		savePlanDetails(trx, { versionId: ctx.version.id, expectedRevision: revision, plan }, draft)
	);
}

/** Changes how the child communicates (About me), if it is still as the form showed it. */
export function changeCommunication(
	ctx: PlanContext,
	input: { communication: string | undefined; revision: number }
): Promise<DetailsSaveResult> {
	return changePlan<DetailsWrite>(ctx, { item: 'child:communication' }, (trx, draft) =>
		saveCommunication(
			trx,
			{
				childId: ctx.child.id,
				versionId: ctx.version.id,
				expectedRevision: input.revision,
				communication: input.communication
			},
			draft
		)
	);
}
