import type { PlanDocument } from '../plan/document';
import { referencesOf, type References } from './references';
import { calledName } from './text';

/** What every section is given: the plan, its items' order and numbers, and what the child is called. */
export interface PdfContext {
	plan: PlanDocument;
	refs: References;
	/** The child's "known as" name, or first name, for running text ("Sarah said"). */
	name: string;
}

/** The context for one render of a plan. */
export function contextOf(plan: PlanDocument): PdfContext {
	return { plan, refs: referencesOf(plan), name: calledName(plan.child) };
}
