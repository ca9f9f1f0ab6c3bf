import { recordAudit } from '$lib/server/audit';
import { database } from '$lib/server/db/app-database';
import { openPlan } from '$lib/server/plan-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { plan, account, loaded, actions } = await openPlan(event, 'view');
	await recordAudit(database(), { organisation_id: plan.organisation_id, account_id: account.id, plan_id: plan.id, action: 'plan.viewed', item: null, ip: event.getClientAddress() });
	return { plan: { id: plan.id, title: loaded.document.plan.title }, canShare: actions.has('share') };
};
