import { readEasyReadView } from '$lib/server/easy-read/easy-read-view';
import { planSummary } from '$lib/server/plan-item-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import { recordPlanView } from '$lib/server/plans/record-plan-view';
import type { PageServerLoad } from './$types';

/**
 * "My plan" in Easy Read, for everyone who may see the plan (the child and family too), with what the
 * adult needs above it: what has no Easy Read version yet, and whether it was checked with the child.
 * Viewing it is audited like the plan's other pages.
 */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view');
	await recordPlanView(ctx);
	const { planId, childName } = planSummary(ctx);
	const { plan, check, pdfProblem } = await readEasyReadView(ctx);
	return {
		planId,
		childName,
		easyRead: {
			childName: plan.childName,
			needsEasyRead: plan.needsEasyRead,
			// The page needs each picture's key (its address) and label, not its file.
			sections: plan.sections.map((section) => ({
				...section,
				entries: section.entries.map((entry) => ({
					itemId: entry.itemId,
					lines: entry.lines.map((line) => ({ text: line.text, picture: line.picture.key }))
				}))
			}))
		},
		check,
		pdfProblem,
		canExport: ctx.actions.has('export'),
		// Easy Read words sit beside the plan's versions: an agreed plan can still be given them, an archived one not.
		canWrite: ctx.actions.has('edit') && ctx.planRow.archived_at === null
	};
};
