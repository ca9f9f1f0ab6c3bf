import type { PlanDocument } from '../plan/document';
import { referencesOf, type References } from './references';
import { calledName } from '../plan/child-name';
import { pronounsOf, type ChildPronouns } from '../plan/pronouns';
import { shorten } from './text';

/** What every section is given: the plan, its items' order and numbers, and what the child is called. */
export interface PdfContext {
	plan: PlanDocument;
	refs: References;
	/**
	 * The child's "known as" name, or first name, for headings and running text ("Sarah said"),
	 * cut to 40 characters so that a heading always fits on a page.
	 */
	name: string;
	/** The child's pronouns, or that name where none are recorded (pronouns.ts). */
	pronouns: ChildPronouns;
}

/** The longest the child's name may be in headings and running text. */
export const NAME_IN_TEXT_LENGTH = 40;

/** The context for one render of a plan. */
export function contextOf(plan: PlanDocument): PdfContext {
	const name = shorten(calledName(plan.child), NAME_IN_TEXT_LENGTH);
	const { pronouns } = plan.child;
	return {
		plan,
		refs: referencesOf(plan),
		name,
		pronouns: pronounsOf({ firstName: name, ...(pronouns ? { pronouns } : {}) })
	};
}
