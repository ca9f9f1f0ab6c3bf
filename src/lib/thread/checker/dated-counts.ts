import type { PlanDocument } from '../../plan/schema';
import type { Finding } from '../finding';
import { isReviewOverdue, reviewOverdue } from '../rules/review-overdue';

/** A plan's thread counts, as the caseload shows them. */
export interface ThreadCounts {
	errorCount: number;
	warningCount: number;
}

/**
 * The counts to store when a plan is written: every finding except those of rules that depend on
 * today's date (they would go stale the day a date passes), which `countsOn` adds when read.
 */
export function storedCounts(findings: readonly Finding[]): ThreadCounts {
	const dateFree = findings.filter((finding) => finding.rule !== reviewOverdue.id);
	return {
		errorCount: dateFree.filter((finding) => finding.severity === 'error').length,
		warningCount: dateFree.filter((finding) => finding.severity === 'warning').length
	};
}

/** Stored counts, with today's date-dependent findings added: right on the day a review date passes. */
export function countsOn(
	stored: ThreadCounts,
	plan: Pick<PlanDocument['plan'], 'reviewDate' | 'status'>,
	today: string
): ThreadCounts {
	if (!isReviewOverdue(plan, today)) return stored;
	return reviewOverdue.severity === 'error'
		? { ...stored, errorCount: stored.errorCount + 1 }
		: { ...stored, warningCount: stored.warningCount + 1 };
}
