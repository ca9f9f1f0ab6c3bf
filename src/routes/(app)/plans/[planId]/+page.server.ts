import { requirePlanAccess } from '$lib/server/auth/access';
import { recordAudit } from '$lib/server/audit';
import { database } from '$lib/server/db/app-database';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, getClientAddress }) => {
	const db = database();
	const account = locals.auth!.account;
	const { plan, actions } = await requirePlanAccess(db, account, params.planId, 'view');
	await recordAudit(db, { organisation_id: plan.organisation_id, account_id: account.id, plan_id: plan.id, action: 'plan.viewed', item: null, ip: getClientAddress() });
	return { plan: { id: plan.id, title: plan.title }, canShare: actions.has('share') };
};
