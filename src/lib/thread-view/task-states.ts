/**
 * The plan's task list (the GOV.UK task list pattern): each task of the guided flow, where it links,
 * and its state, derived from the plan and its thread findings alone.
 */
import type { Finding, SubjectKind } from '../thread/finding';
import type { PlanDocument } from '../plan/schema';
import { isChildsWords } from '../plan/words-rights';

export const tasks = ['about-me', 'team', 'aspirations', 'needs', 'outcomes', 'provision', 'check', 'share'] as const;
export type TaskId = (typeof tasks)[number];

export const taskLabels: Readonly<Record<TaskId, string>> = {
	'about-me': 'About me',
	team: 'Team',
	aspirations: 'Aspirations',
	needs: 'Needs',
	outcomes: 'Outcomes',
	provision: 'Provision',
	check: 'Check the thread',
	share: 'Share'
};

export type TaskStatus = 'not-started' | 'in-progress' | 'has-problems' | 'done';

export const taskStatusLabels: Readonly<Record<TaskStatus, string>> = {
	'not-started': 'Not started',
	'in-progress': 'In progress',
	'has-problems': 'Has problems',
	done: 'Done'
};

export interface TaskState {
	id: TaskId;
	label: string;
	status: TaskStatus;
	/** Errors on this task's items (or on the whole thread, for "Check the thread"). */
	problems: number;
	/** Warnings on this task's items: shown beside the status as "N checks". */
	checks: number;
}

/** Which task a plan-wide finding belongs to: the aspiration rules to Aspirations, the rest to "Check the thread". */
const planRuleTask: Partial<Record<Finding['rule'], TaskId>> = {
	'no-aspirations': 'aspirations',
	'no-child-voice': 'aspirations'
};

const subjectTask: Partial<Record<SubjectKind, TaskId>> = {
	child: 'about-me',
	team: 'team',
	aspiration: 'aspirations',
	need: 'needs',
	outcome: 'outcomes',
	provision: 'provision'
};

/** The task a finding is shown under, or undefined for plan-wide findings only "Check the thread" shows. */
export function taskOfFinding(finding: Finding): TaskId | undefined {
	return finding.subject.kind === 'plan' ? planRuleTask[finding.rule] : subjectTask[finding.subject.kind];
}

/**
 * Every task's state, in the order of the flow:
 * - "Not started": the task has no items yet;
 * - "Has problems": an error finding is about one of its items;
 * - "In progress": it has items but is not yet whole (About me: all three lists and how the child
 *   communicates; Team: the child or young person and at least one other member; Check the thread:
 *   every layer of the thread has an item);
 * - "Done": otherwise. Warnings never stop a task being done: they are counted beside it as checks.
 * Share is done once the plan has been shared with at least one person (`sharedWith`).
 */
export function taskStates(
	plan: PlanDocument,
	findings: readonly Finding[],
	options: { sharedWith?: number } = {}
): TaskState[] {
	const count = (task: TaskId, severity: Finding['severity']) =>
		findings.filter((f) => f.severity === severity && taskOfFinding(f) === task).length;
	const profile = plan.profile ?? {};
	const profileLists = [profile.likeAndAdmire ?? [], profile.important ?? [], profile.support ?? []];
	const aboutMeItems = profileLists.reduce((sum, list) => sum + list.length, 0) + (plan.child.communication ? 1 : 0);
	const layers = [plan.aspirations.length, plan.needs.length, plan.outcomes.length, plan.provision.length];
	const allErrors = findings.filter((f) => f.severity === 'error').length;
	const allWarnings = findings.filter((f) => f.severity === 'warning').length;

	const layerState = (id: TaskId, items: number, whole: boolean): TaskState => {
		const problems = count(id, 'error');
		const checks = count(id, 'warning');
		const status: TaskStatus =
			items === 0 ? 'not-started' : problems > 0 ? 'has-problems' : whole ? 'done' : 'in-progress';
		return {
			id,
			label: taskLabels[id],
			status,
			problems: items === 0 ? 0 : problems,
			checks: items === 0 ? 0 : checks
		};
	};

	const threadItems = layers.reduce((sum, n) => sum + n, 0);
	const shared = options.sharedWith ?? 0;
	return [
		layerState(
			'about-me',
			aboutMeItems,
			profileLists.every((list) => list.length > 0) && Boolean(plan.child.communication)
		),
		layerState(
			'team',
			plan.team.length,
			plan.team.some((m) => m.role === 'child-young-person') && plan.team.length >= 2
		),
		layerState('aspirations', plan.aspirations.length, true),
		layerState('needs', plan.needs.length, true),
		layerState('outcomes', plan.outcomes.length, true),
		layerState('provision', plan.provision.length, true),
		{
			id: 'check',
			label: taskLabels.check,
			status:
				threadItems === 0
					? 'not-started'
					: allErrors > 0
						? 'has-problems'
						: layers.every((n) => n > 0)
							? 'done'
							: 'in-progress',
			problems: threadItems === 0 ? 0 : allErrors,
			checks: threadItems === 0 ? 0 : allWarnings
		},
		{ id: 'share', label: taskLabels.share, status: shared > 0 ? 'done' : 'not-started', problems: 0, checks: 0 }
	];
}

/**
 * The child's own aspirations, in their words, for the top of the plan's home: with who helped them say
 * it, where someone did, so the home credits it as every other page does.
 */
export function childVoiceAspirations(plan: PlanDocument): Array<{ text: string; with?: string }> {
	return plan.aspirations
		.filter(isChildsWords)
		.map(({ text, saidBy }) => (saidBy?.with ? { text, with: saidBy.with } : { text }));
}
