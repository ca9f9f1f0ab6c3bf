import { pdfLengthProblem } from '$lib/pdf/length-limit';
import { childVoiceAspirations, taskStates } from '$lib/thread-view/task-states';
import { calledBy, countSharedWith, planHeader } from '$lib/server/db/plan-details';
import { openPlan } from '$lib/server/plans/plan-context';
import { recordPlanView } from '$lib/server/plans/record-plan-view';
import type { PageServerLoad } from './$types';

/** The plan's home: its task list, with the child's own hopes at the top. Viewing it is audited. */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view');
	const { planRow: plan, document, actions, findings } = ctx;
	await recordPlanView(ctx);
	const sharedWith = await countSharedWith(ctx.db, plan.id);
	return {
		plan: { id: plan.id, title: document.plan.title },
		header: planHeader(ctx),
		calledBy: calledBy(ctx),
		childName: `${document.child.firstName} ${document.child.lastName}`,
		childSaid: childVoiceAspirations(document),
		tasks: taskStates(document, findings, { sharedWith }),
		pdfProblem: pdfLengthProblem(document),
		canEdit: actions.has('edit'),
		canAgree: actions.has('agree') && !ctx.frozen,
		canShare: actions.has('share'),
		canViewAudit: actions.has('view-audit')
	};
};
