import { newNotesLabel } from '$lib/notes/new-notes-label';
import { pdfLengthProblem } from '$lib/pdf/length-limit';
import { childVoiceAspirations, taskStates } from '$lib/thread-view/task-states';
import { calledBy, countSharedWith, planHeader } from '$lib/server/db/plan-details';
import type { Executor } from '$lib/server/db/executor';
import { countNewPlanNotes } from '$lib/server/db/plan-notes';
import { openPlan } from '$lib/server/plans/plan-context';
import { recordPlanView } from '$lib/server/plans/record-plan-view';
import type { PageServerLoad } from './$types';

/** The family's notes no review has taken in yet, for the team: "2 new notes", or null when there are none. */
async function newNotes(db: Executor, planId: string): Promise<string | null> {
	const count = await countNewPlanNotes(db, planId);
	return count > 0 ? newNotesLabel(count) : null;
}

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
		canViewAudit: actions.has('view-audit'),
		newNotes: actions.has('edit') ? await newNotes(ctx.db, plan.id) : null
	};
};
