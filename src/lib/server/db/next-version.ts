import type { Transaction } from 'kysely';
import type { PlanDocument } from '../../plan/document';
import { newId } from '../tokens/token';
import { insertDraftVersion, insertItems } from './plan-create';
import type { Database } from './schema';

/**
 * Stores `document` as a plan's next version (a draft numbered `number`) and makes it the plan's current
 * version. Its items carry the lineage of the items they were copied from (`lineage`: the copied
 * version's item id → lineage), so that versions can be compared. Answers the new version's id.
 */
export async function insertNextVersion(
	trx: Transaction<Database>,
	input: {
		planId: string;
		number: number;
		document: PlanDocument;
		lineage: Readonly<Record<string, string>>;
		accountId: string;
		today: string;
		at: string;
	}
): Promise<string> {
	const { planId, document, at } = input;
	const versionId = newId();
	await insertDraftVersion(trx, { versionId, planId, number: input.number, document, today: input.today, at });
	await insertItems(trx, {
		versionId,
		document,
		accountId: input.accountId,
		at,
		lineageOf: (id) => input.lineage[id] ?? id
	});
	await trx.updateTable('plan').set({ current_version_id: versionId }).where('id', '=', planId).execute();
	return versionId;
}
