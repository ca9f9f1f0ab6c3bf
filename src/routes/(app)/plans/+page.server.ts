import { database } from '$lib/server/db/app-database';
import { visiblePlans } from '$lib/server/db/plan-records';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const plans = await visiblePlans(database(), locals.auth!.account).select(['plan.id', 'plan.title']).orderBy('plan.title').execute();
	return { plans };
};
