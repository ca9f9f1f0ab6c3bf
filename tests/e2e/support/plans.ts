import { readFileSync } from 'node:fs';
import { parsePlanDocument, type PlanDocument } from '../../../src/lib/plan/document';
import type { PlanAccessLevel } from '../../../src/lib/roles';
import { createSession, sessionCookie } from '../../../src/lib/server/auth/session';
import { grantPlanAccess } from '../../../src/lib/server/db/plan-access';
import { readAccount } from '../../../src/lib/server/db/accounts';
import { insertPlanDocument, type CreatedPlan } from '../../../src/lib/server/db/plan-create';
import { seedCaseloadRows, type SeededCaseload } from '../../bench/builder';
import { agreePlan } from '../../../src/lib/server/plans/agree-plan';
import { planContext } from '../../../src/lib/server/plans/plan-context';
import { getReviewOfVersion } from '../../../src/lib/server/db/reviews';
import { completeReview } from '../../../src/lib/server/reviews/complete-review';
import { startReview } from '../../../src/lib/server/reviews/start-review';
import { attendeesOf } from '../../../src/lib/server/db/meetings';
import { addContribution } from '../../../src/lib/server/meetings/add-contribution';
import { endMeeting } from '../../../src/lib/server/meetings/end-meeting';
import { startMeeting } from '../../../src/lib/server/meetings/start-meeting';
import { withE2eDatabase } from './e2e-database';
import { unique } from './seed';

/*
 * Arranges plans and sessions in the e2e server's database through the app's own repository code, so
 * what a test sets up is exactly what the app would have written.
 */

/** `count` plans for the organisation, written many to an insert (see seedCaseloadRows). */
export function seedCaseload(organisationId: string, count: number): Promise<SeededCaseload> {
	return withE2eDatabase((db) => seedCaseloadRows(db, { organisationId, count, prefix: unique() }));
}

/** One of the example plans in tests/fixtures, parsed. */
export function fixturePlan(name: 'sarah' | 'amara' | 'kacper' | 'tariq'): PlanDocument {
	const result = parsePlanDocument(JSON.parse(readFileSync(`tests/fixtures/${name}.plan.json`, 'utf8')), {
		today: '2026-11-22'
	});
	if (!result.ok) throw new Error(`fixture ${name} does not parse`);
	return result.plan;
}

/** Stores a plan document as a new draft plan of the organisation. */
export function seedPlan(
	organisationId: string,
	document: PlanDocument,
	accountId: string | null = null
): Promise<CreatedPlan> {
	return withE2eDatabase((db) =>
		db
			.transaction()
			.execute((trx) => insertPlanDocument(trx, { organisationId, accountId, document, today: '2026-11-22' }))
	);
}

export function seedGrant(planId: string, accountId: string, level: PlanAccessLevel): Promise<void> {
	return withE2eDatabase((db) => grantPlanAccess(db, planId, accountId, level, null));
}

/** A fully signed-in session for the account, as the cookie a browser would send to the e2e server (on localhost). */
export async function seedSessionCookie(accountId: string): Promise<string> {
	const token = await withE2eDatabase((db) => createSession(db, accountId, true, { ip: '127.0.0.1', userAgent: null }));
	return `${sessionCookie(new URL('http://localhost')).name}=${token}`;
}

/** Agrees a seeded plan (its thread must have no errors) and opens a draft review of it. */
export async function seedAgreedWithReview(
	planId: string,
	versionId: string,
	accountId: string
): Promise<{ reviewId: string }> {
	return withE2eDatabase(async (db) => {
		const account = await readAccount(db, accountId);
		const ctx = account && (await planContext(db, account, planId, 'agree', '127.0.0.1'));
		if (!ctx) throw new Error('the seeded account may not agree the seeded plan');
		const agreed = await agreePlan(ctx, { versionId, tookPart: [] });
		if (!agreed.ok) throw new Error(`could not agree the seeded plan: ${agreed.reason}`);
		// The agreed plan is opened afresh: agreeing changed the version the first context holds.
		const agreedCtx = await planContext(db, account, planId, 'edit', '127.0.0.1');
		if (!agreedCtx) throw new Error('the seeded plan cannot be opened for editing by this account');
		const review = await startReview(agreedCtx, { date: '2027-03-05' });
		if (!review.ok) throw new Error(`could not start a review: ${review.reason}`);
		return { reviewId: review.id };
	});
}

/**
 * Agrees a seeded plan, reviews it (every outcome achieved) and completes the review, which starts
 * the plan's next version as a draft.
 */
export async function seedCompletedReview(
	planId: string,
	versionId: string,
	accountId: string
): Promise<{ reviewId: string }> {
	const { reviewId } = await seedAgreedWithReview(planId, versionId, accountId);
	return withE2eDatabase(async (db) => {
		const account = await readAccount(db, accountId);
		const ctx = account && (await planContext(db, account, planId, 'edit', '127.0.0.1'));
		const opened = await getReviewOfVersion(db, planId, reviewId, '2027-03-05');
		if (!ctx || !opened) throw new Error('the seeded review cannot be opened for editing by this account');
		const completed = await completeReview(ctx, opened, {
			revision: opened.review.revision,
			date: '2027-03-05',
			tookPart: [],
			childTookPart: true,
			familyTookPart: true,
			childViewsHow: [],
			changesNext: null,
			childViews: null,
			familyViews: null,
			progress: Object.fromEntries(
				opened.reviewed.document.outcomes.map((outcome) => [
					outcome.id,
					{ rating: 'achieved', evidence: 'Seen at school.' }
				])
			)
		});
		if (!completed.ok) throw new Error(`could not complete the seeded review: ${completed.reason}`);
		return { reviewId };
	});
}

/**
 * Starts a meeting on a seeded plan as `accountId` (who may edit it), with one thing the child said on
 * "What we like and admire": the meeting's page, its shared screen and its record have something to show.
 * `ended`, the chair then ends it: its page is the record, with the record's PDF.
 */
export async function seedMeeting(
	planId: string,
	accountId: string,
	{ ended = false }: { ended?: boolean } = {}
): Promise<{ meetingId: string }> {
	return withE2eDatabase(async (db) => {
		const account = await readAccount(db, accountId);
		const ctx = account && (await planContext(db, account, planId, 'edit', '127.0.0.1'));
		if (!ctx) throw new Error('the seeded account may not chair a meeting on the seeded plan');
		const started = await startMeeting(ctx);
		if (!started.ok) throw new Error(`could not start a meeting: ${started.reason}`);
		const [child] = await attendeesOf(db, started.id);
		const said = await addContribution(ctx, started.id, {
			screen: 'like-and-admire',
			speaker: child!.id,
			supportedBy: null,
			text: 'I am good at drawing animals.'
		});
		if (!said.ok) throw new Error(`could not add to the seeded meeting: ${said.reason}`);
		const end = ended ? await endMeeting(ctx, started.id) : { ok: true as const };
		if (!end.ok) throw new Error(`could not end the seeded meeting: ${end.reason}`);
		return { meetingId: started.id };
	});
}
