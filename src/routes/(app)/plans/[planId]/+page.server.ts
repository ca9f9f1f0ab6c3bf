import { pdfLengthProblem } from '$lib/pdf/length-limit';
import { childVoiceAspirations, taskStates } from '$lib/thread-view/task-states';
import { recordAuditGrouped } from '$lib/server/audit-group-commit';
import { database } from '$lib/server/db/app-database';
import { calledBy, countSharedWith, planHeader } from '$lib/server/db/plan-details';
import { isFrozen, openPlan } from '$lib/server/plans/plan-context';
import type { PageServerLoad } from './$types';

/** The plan's home: its task list, with the child's own hopes at the top. Viewing it is audited. */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view');
	const { planRow: plan, account, actions, findings } = ctx;
	const loaded = ctx;
	const db = database();
	await recordAuditGrouped(db, {
		organisation_id: plan.organisation_id,
		account_id: account.id,
		plan_id: plan.id,
		action: 'plan.viewed',
		item: null,
		ip: event.getClientAddress()
	});
	const sharedWith = await countSharedWith(db, plan.id);
	return {
		plan: { id: plan.id, title: loaded.document.plan.title },
		header: planHeader(loaded),
		calledBy: calledBy(loaded),
		childName: `${loaded.document.child.firstName} ${loaded.document.child.lastName}`,
		childSaid: childVoiceAspirations(loaded.document),
		tasks: taskStates(loaded.document, findings, { sharedWith }),
		pdfProblem: pdfLengthProblem(loaded.document),
		canEdit: actions.has('edit'),
		canAgree: actions.has('agree') && !isFrozen(loaded),
		canShare: actions.has('share'),
		canViewAudit: actions.has('view-audit')
	};
};
