import type { RuleId, Severity, Subject } from './finding';
import type { ThreadContext } from './context';

/**
 * A thread rule, as data plus a check (the shape typescript-eslint gives its rules): its code, its
 * severity, a plain-English description for the help page, a message for each finding, and the
 * check, which reports each finding's subject with the data its message needs.
 */
export interface Rule<Data> {
	readonly id: RuleId;
	readonly severity: Severity;
	/** What the rule looks for, in plain English, for the help page. */
	readonly description: string;
	/** For the help page: wording the rule finds, and wording that says the same thing clearly. */
	readonly examples?: RuleExamples;
	/** The message of one finding: what is wrong, naming the item, and how to mend it. */
	message(data: Data): string;
	/** Looks at the plan and calls `report` once for each finding. */
	check(context: ThreadContext, report: (subject: Subject, data: Data) => void): void;
}

/** Two sentences for the help page: one the rule finds, and one it does not, for the same kind of item. */
export interface RuleExamples {
	readonly unclear: string;
	readonly clear: string;
}

/** A rule whose data type is hidden, so that rules of any kind can share one list. */
export interface RegisteredRule {
	readonly id: RuleId;
	readonly severity: Severity;
	readonly description: string;
	readonly examples?: RuleExamples;
	/** Runs the check and hands each finding's subject and message to `found`. */
	run(context: ThreadContext, found: (subject: Subject, message: string) => void): void;
}

/** Declares a rule (the identity function, there for type inference). */
export function defineRule<Data>(rule: Rule<Data>): Rule<Data> {
	return rule;
}

/** Wraps a rule so that it can be listed with rules of other data types. */
export function register<Data>(rule: Rule<Data>): RegisteredRule {
	return {
		id: rule.id,
		severity: rule.severity,
		description: rule.description,
		...(rule.examples ? { examples: rule.examples } : {}),
		run(context, found) {
			rule.check(context, (subject, data) => found(subject, rule.message(data)));
		}
	};
}
