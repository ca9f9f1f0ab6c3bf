import { newNotesLabel } from '$lib/notes/new-notes-label';
import { familyLanguageOptions } from '$lib/family-language';
import { pdfLengthProblem } from '$lib/pdf/length-limit';
import { pronounsOf } from '$lib/plan/pronouns';
import { childVoiceAspirations, taskStates } from '$lib/thread-view/task-states';
import { calledBy, planHeader } from '$lib/server/db/plan-details';
import { mayOpenChildRecords } from '$lib/server/children/child-records-access';
import { askedNow } from '$lib/server/plans/asked-now';
import { openPlan } from '$lib/server/plans/plan-context';
import { recordPlanView } from '$lib/server/plans/record-plan-view';
import type { PageServerLoad } from './$types';

/**
 * The plan's home, with the child's own hopes at the top. Its editors get the task list that builds the
 * plan; everyone else (the family, viewers) what is asked of them now and what they can do, and no task
 * states. Viewing it is audited. Changes made while it is open come live (`changes/`), from the plan's
 * last audit row when it was read: that id is read in the same statement as the plan's head (one snapshot
 * of the database), so a change after it is one the plan read here may not show, and none is missed.
 */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view', { home: true });
	const { planRow: plan, document, actions } = ctx;
	// The home counts come with the head, in its one statement, rather than a statement each.
	const { latestAuditId: changesAfter, sharedWith, newNotes } = ctx.home!;
	await recordPlanView(ctx);
	const canEdit = actions.has('edit');
	return {
		plan: { id: plan.id, title: document.plan.title },
		changesAfter,
		header: planHeader(ctx),
		calledBy: calledBy(ctx),
		pronouns: pronounsOf(document.child),
		childName: `${document.child.firstName} ${document.child.lastName}`,
		childSaid: childVoiceAspirations(document),
		tasks: canEdit ? taskStates(document, ctx.findings, { sharedWith }) : [],
		asked: canEdit ? null : await askedNow(ctx),
		pdfProblem: pdfLengthProblem(document),
		isStaff: ctx.account.organisation_id !== null,
		canEdit,
		// A draft after the first comes from a review, which moved its dates on (`datesMovedOn`): the team checks them.
		datesMovedOnFrom: canEdit && !ctx.frozen && ctx.version.number > 1 ? document.plan.startDate : null,
		canContribute: actions.has('contribute') && !ctx.frozen,
		canExport: actions.has('export'),
		familyLanguage: ctx.child.family_language,
		languageOptions: familyLanguageOptions(),
		canAgree: actions.has('agree') && !ctx.frozen,
		canShare: actions.has('share'),
		canViewAudit: actions.has('view-audit'),
		recordsHref: mayOpenChildRecords(ctx.account, plan.organisation_id) ? `/children/${plan.child_id}` : null,
		// The family's notes no review has taken in yet, for the team: "2 new notes", or null when there are none.
		newNotes: actions.has('edit') && newNotes > 0 ? newNotesLabel(newNotes) : null
	};
};
