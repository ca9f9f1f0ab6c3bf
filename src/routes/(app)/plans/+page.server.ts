import { database } from '$lib/server/db/app-database';
import { visiblePlans } from '$lib/server/db/plan-records';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const plans = await visiblePlans(database(), locals.auth!.account)
		.innerJoin('plan_version', 'plan_version.id', 'plan.current_version_id')
		.select(['plan.id', 'plan_version.title'])
		.orderBy('plan_version.title')
		.execute();
	return { plans };
};
