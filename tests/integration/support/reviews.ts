import { readFileSync } from 'node:fs';
import type { ReviewInput } from '$lib/forms/review';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import type { ProgressRating } from '$lib/plan/progress';
import { checkThread } from '$lib/thread/checker/check';
import type { PlanAction } from '$lib/server/auth/access';
import { createAccount } from '$lib/server/db/accounts';
import { createOrganisation } from '$lib/server/db/organisations';
import { insertPlanDocument } from '$lib/server/db/plan-create';
import { loadPlan } from '$lib/server/db/plan-load';
import { getReviewOfVersion } from '$lib/server/db/reviews';
import { openPlanAs } from './open-plan-as';
import { seedAccount } from './accounts';
import { createTempDatabase, type TempDatabase } from './temp-database';

/**
 * Plans to review in a temporary database, and what the review use cases take: a plan context as a
 * request would open it, the review as the page read it, and an editor's checked form.
 */
export const today = '2026-11-22';
export const accountId = 'acc1';

function sarah(): PlanDocument {
	const result = parsePlanDocument(JSON.parse(readFileSync('tests/fixtures/sarah.plan.json', 'utf8')), { today });
	if (!result.ok) throw new Error('sarah');
	return result.plan;
}

/** The organisation and its coordinator, who may do anything with its plans. */
export async function seedCoordinator(temp: TempDatabase): Promise<void> {
	await createOrganisation(temp.db, {
		id: 'org',
		name: 'Riverside Academy',
		kind: 'school',
		created_at: '2026-11-22T09:00:00Z'
	});
	await createAccount(temp.db, {
		id: accountId,
		email: 'senco@example.org',
		name: 'Daniel Price',
		password_hash: 'x',
		organisation_id: 'org',
		role: 'coordinator',
		totp_key: null,
		totp_last_counter: null,
		disabled_at: null,
		created_at: '2026-11-22T09:00:00Z'
	});
}

/** Sarah's plan, version 1, a draft. */
export function newPlan(temp: TempDatabase) {
	return temp.db
		.transaction()
		.execute((trx) => insertPlanDocument(trx, { organisationId: 'org', accountId, document: sarah(), today }));
}

/** A fresh database with the coordinator's organisation and Grace, Sarah's mother, as a family account (no plan yet). */
export async function coordinatorAndGrace(): Promise<TempDatabase> {
	const temp = await createTempDatabase();
	await seedCoordinator(temp);
	await seedAccount(temp.db, { id: 'grace', organisationId: null, role: null });
	return temp;
}

/** Gives `account` (a family member, say) `level` access to the plan, granted by the coordinator. */
export async function grantAccess(
	temp: TempDatabase,
	planId: string,
	account: string,
	level: 'contributor' | 'viewer'
): Promise<void> {
	await temp.db
		.insertInto('plan_access')
		.values({ plan_id: planId, account_id: account, level, granted_by: accountId, granted_at: '2026-11-22T10:00:00Z' })
		.execute();
}

/** Agrees the plan's current version as the agree step does: status, who, and the snapshot. */
export async function agreeCurrent(temp: TempDatabase, planId: string) {
	const loaded = (await loadPlan(temp.db, planId))!;
	const document: PlanDocument = { ...loaded.document, plan: { ...loaded.document.plan, status: 'agreed' } };
	await temp.db
		.updateTable('plan_version')
		.set({
			status: 'agreed',
			agreed_at: '2026-11-22T10:00:00.000Z',
			agreed_by: accountId,
			agreed_with: JSON.stringify([
				{ id: loaded.document.team[0]!.id, name: 'Sarah Okafor', role: 'child-young-person' }
			]),
			snapshot: JSON.stringify({ document, findings: checkThread(loaded.document, { today }) })
		})
		.where('id', '=', loaded.version.id)
		.execute();
	return loaded;
}

/** The plan as a request by the coordinator opens it for `action`. */
export async function contextOf(temp: TempDatabase, planId: string, action: PlanAction = 'edit') {
	return openPlanAs(temp.db, accountId, planId, action);
}

/** A review with the version it reviews, as the review page reads it. */
export async function reviewOf(temp: TempDatabase, planId: string, reviewId: string) {
	return (await getReviewOfVersion(temp.db, planId, reviewId, today))!;
}

/**
 * An editor's checked form for `document`'s outcomes: the first three team members, the child and the
 * family took part, each outcome rated as `ratings` says (in order) with its evidence.
 */
export function editorInput(
	document: PlanDocument,
	revision: number,
	date: string,
	ratings: readonly ProgressRating[]
): ReviewInput {
	return {
		revision,
		date,
		tookPart: document.team.slice(0, 3).map((member) => member.id),
		childTookPart: true,
		familyTookPart: true,
		childViewsHow: ['drawing', 'meeting'],
		changesNext: 'Start travel training on the bus.',
		childViews: null,
		familyViews: null,
		progress: Object.fromEntries(
			document.outcomes.map((outcome, i) => [
				outcome.id,
				{ rating: ratings[i], evidence: ratings[i] ? `Evidence for outcome ${i + 1}.` : undefined }
			])
		)
	};
}

/** Everything a review use case may write, to show that a refusal wrote none of it. */
export async function written(temp: TempDatabase) {
	return {
		reviews: await temp.db.selectFrom('review').selectAll().orderBy('id').execute(),
		audit: await temp.db.selectFrom('audit_event').select(['action', 'item']).orderBy('id').execute(),
		versions: await temp.db.selectFrom('plan_version').select(['id', 'status']).orderBy('id').execute(),
		items: await temp.db.selectFrom('plan_item').select('id').orderBy('id').execute(),
		plans: await temp.db.selectFrom('plan').select(['id', 'current_version_id']).orderBy('id').execute()
	};
}
