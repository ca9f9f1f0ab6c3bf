import { fileNamePart } from '../../pdf/file-name';
import type { PlanDocument } from '../../plan/document';
import { serialisePlanDocument, stringifyPlanDocument } from '../../plan/serialise';
import { loadPlan } from '../db/plan-load';
import type { Executor } from '../db/executor';

/** A plan version written out in the interchange format, ready to download. */
export interface ExportedPlan {
	/** The document as written (short ids `a1…`, keys in the format's order). */
	document: PlanDocument;
	/** The JSON text: two-space indented, ending in a newline. */
	text: string;
	/** `Sarah-Okafor-plan-2026-09-07.json`. */
	fileName: string;
	versionId: string;
	versionNumber: number;
}

/**
 * The download name of a plan's JSON: the child's first and last names and the plan's start date,
 * made safe for any file system ("Zoë O'Brien" → `Zoe-OBrien-plan-2026-09-07.json`). A name with no
 * Latin letters leaves its part out.
 */
export function planJsonFileName(plan: Pick<PlanDocument, 'child' | 'plan'>): string {
	const parts = [fileNamePart(plan.child.firstName), fileNamePart(plan.child.lastName), 'plan', plan.plan.startDate];
	return `${parts.filter((part) => part !== '').join('-')}.json`;
}

/** Writes a loaded plan document out for download. */
export function exportDocument(document: PlanDocument): Pick<ExportedPlan, 'document' | 'text' | 'fileName'> {
	return {
		document: serialisePlanDocument(document),
		text: stringifyPlanDocument(document),
		fileName: planJsonFileName(document)
	};
}

/**
 * A plan in the interchange format: the current version, or `versionId` (one of the plan's own
 * versions; another plan's version is not found). Undefined when there is no such plan or version.
 * Access is the caller's to check (`openPlan(event, 'export')`).
 */
export async function exportPlan(db: Executor, planId: string, versionId?: string): Promise<ExportedPlan | undefined> {
	const loaded = await loadPlan(db, planId, versionId);
	if (!loaded) return undefined;
	return {
		...exportDocument(loaded.document),
		versionId: loaded.version.id,
		versionNumber: loaded.version.number
	};
}
