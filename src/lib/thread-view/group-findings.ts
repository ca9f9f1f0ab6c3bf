/** Findings grouped as the check page lists them: Problems, then Checks; within each, by part of the plan. */
import { subjectKinds, type Finding, type Severity, type SubjectKind } from '../thread/finding';

/** What each part of the plan is called as a heading over its findings. */
export const subjectHeadings: Readonly<Record<SubjectKind, string>> = {
	plan: 'The plan as a whole',
	child: 'About me',
	team: 'Team',
	aspiration: 'Aspirations',
	need: 'Needs',
	outcome: 'Outcomes',
	provision: 'Provision'
};

export interface FindingGroup {
	severity: Severity;
	parts: Array<{ kind: SubjectKind; heading: string; findings: Finding[] }>;
	count: number;
}

/**
 * Splits findings into errors and warnings (a group only when it has any) and each into the parts of
 * the plan in thread order (plan, about me, team, aspirations, needs, outcomes, provision), keeping the
 * checker's order within a part.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
	const groups: FindingGroup[] = [];
	for (const severity of ['error', 'warning'] as const) {
		const byKind = new Map<SubjectKind, Finding[]>();
		let count = 0;
		for (const finding of findings) {
			if (finding.severity !== severity) continue;
			count += 1;
			const list = byKind.get(finding.subject.kind);
			if (list) list.push(finding);
			else byKind.set(finding.subject.kind, [finding]);
		}
		if (count === 0) continue;
		groups.push({
			severity,
			count,
			parts: subjectKinds.flatMap((kind) => {
				const list = byKind.get(kind);
				return list ? [{ kind, heading: subjectHeadings[kind], findings: list }] : [];
			})
		});
	}
	return groups;
}
