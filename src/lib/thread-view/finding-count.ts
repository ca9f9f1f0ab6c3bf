/**
 * How many findings an item has, in words, for the line that folds them away on its card: "1 problem
 * and 2 things to check". Problems (errors) are named apart from checks (warnings), since a problem
 * stops the plan being agreed and a check does not.
 */
import { plural } from '../plan/plural';
import type { Finding } from '../thread/finding';

/** The findings' count in words, or '' when there are none. */
export function findingCountInWords(findings: readonly Pick<Finding, 'severity'>[]): string {
	const problems = findings.filter((finding) => finding.severity === 'error').length;
	const checks = findings.length - problems;
	return [
		problems > 0 ? plural(problems, 'problem') : '',
		checks > 0 ? plural(checks, 'thing to check', 'things to check') : ''
	]
		.filter(Boolean)
		.join(' and ');
}
