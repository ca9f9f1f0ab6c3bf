import { plainPlan } from '$lib/thread-view/plain-plan';
import { planHeader } from '$lib/server/db/plan-details';
import { planSummary } from '$lib/server/plan-item-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import { recordPlanView } from '$lib/server/plans/record-plan-view';
import type { PageServerLoad } from './$types';

/** The whole plan read top to bottom in plain English, for everyone who may see it. Viewing it is audited. */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view');
	await recordPlanView(ctx);
	const { planId, childName, child } = planSummary(ctx);
	return {
		planId,
		childName,
		fullName: `${child.firstName} ${child.lastName}`,
		header: planHeader(ctx),
		sections: plainPlan(ctx.document)
	};
};
