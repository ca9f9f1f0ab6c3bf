import { findingsWithEasyRead } from '$lib/server/easy-read/easy-read-findings';
import { planSummary } from '$lib/server/plan-item-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import { groupFindings, layoutThread, looseEndRules, mendHref, threadOutline } from '$lib/thread-view';
import type { Finding } from '$lib/thread/finding';
import type { PageServerLoad } from './$types';

/**
 * Check the thread: every finding, Problems then Checks, by part of the plan, each with a link to mend
 * it; the thread view, laid out here on the server (no layout runs in the browser); and the same thread
 * as nested lists.
 */
export const load: PageServerLoad = async (event) => {
	const plan = await openPlan(event, 'view');
	const { document } = plan;
	const planId = plan.planRow.id;
	const summary = planSummary(plan);
	const findings = await findingsWithEasyRead(plan);
	const hrefOf = (finding: Finding) => mendHref(planId, finding);
	const groups = groupFindings(findings).map((group) => ({
		...group,
		parts: group.parts.map((part) => ({
			...part,
			findings: part.findings.map((finding) => ({
				...finding,
				href: summary.canEdit || summary.canContribute ? hrefOf(finding) : undefined
			}))
		}))
	}));
	const outline = threadOutline(document, findings);
	const looseEndHrefs: Record<string, string> = {};
	if (summary.canEdit) {
		for (const finding of findings) {
			const id = finding.subject.id;
			if (id && !(id in looseEndHrefs) && looseEndRules[finding.rule]?.layer === finding.subject.kind)
				looseEndHrefs[id] = hrefOf(finding);
		}
	}
	const errorCount = findings.filter((finding) => finding.severity === 'error').length;
	return {
		...summary,
		groups,
		errorCount,
		warningCount: findings.length - errorCount,
		canAgree: plan.actions.has('agree') && !summary.frozen,
		// Only editors are given findings (plan-context.ts): to anyone else, none is not "complete".
		checked: plan.actions.has('edit'),
		layout: layoutThread(document, findings),
		outline,
		looseEndHrefs
	};
};
