import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueRecoveryCodes } from '$lib/server/auth/recovery-codes';
import { newTotpKey } from '$lib/server/auth/totp';
import { readAccount } from '$lib/server/db/accounts';
import { createInvitation } from '$lib/server/db/invitations';
import { insertPlanDocument } from '$lib/server/db/plan-create';
import { inTransaction } from '$lib/server/db/in-transaction';
import { acceptInvitation } from '$lib/server/invitations/accept-invitation';
import { readInvitation } from '$lib/server/invitations/read-invitation';
import { agreePlan } from '$lib/server/plans/agree-plan';
import { planContext } from '$lib/server/plans/plan-context';
import { saveAspiration } from '$lib/server/plans/save-aspiration';
import { startReview } from '$lib/server/reviews/start-review';
import { enterSignInCode } from '$lib/server/sessions/enter-sign-in-code';
import { fixture, today } from '../unit/interchange/support';
import { seedAccount, seedOrganisation, signedIn, visitorAt } from './support/accounts';
import { startTempAppDatabase, type TempAppDatabase } from './support/app-database';
import { auditRows } from './support/audit';
import { testEngine } from './support/test-engine';

/**
 * Two requests for the same one-off thing at the same moment, as two servers (or one busy one) would run
 * them: on PostgreSQL they run side by side on two connections. Exactly one wins, the other gets its
 * plain refusal, and neither throws (a throw would be a 500).
 */
let temp: TempAppDatabase;
beforeEach(async () => {
	temp = await startTempAppDatabase();
	await seedOrganisation(temp.db, 'org');
	await seedAccount(temp.db, { id: 'senco', organisationId: 'org', role: 'coordinator' });
});
afterEach(() => temp.dispose());

async function contextOf(planId: string, action: 'agree' | 'edit') {
	const account = (await readAccount(temp.db, 'senco'))!;
	return (await planContext(temp.db, account, planId, action, '192.0.2.1'))!;
}

describe(`one-off writes sent twice at once, on ${testEngine()}`, () => {
	it('a recovery code typed on two devices at once signs in one of them', async () => {
		await seedAccount(temp.db, { id: 'dana', organisationId: 'org', role: 'practitioner', totpKey: newTotpKey() });
		const [code] = await issueRecoveryCodes(temp.db, 'dana');
		const devices = [
			await signedIn(temp.db, 'dana', visitorAt('192.0.2.10'), false),
			await signedIn(temp.db, 'dana', visitorAt('192.0.2.11'), false)
		];
		const results = await Promise.all(devices.map((device) => enterSignInCode({ code: code! }, device)));
		expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
		expect(results.find((result) => !result.ok)).toEqual({ ok: false, reason: 'refused' });
		const actions = (await auditRows(temp.db)).map((row) => row.action);
		expect(actions.filter((action) => action === 'sign-in')).toHaveLength(1);
		expect(actions.filter((action) => action === 'sign-in.failed-code')).toHaveLength(1);
	});

	it('a plan agreed from two screens at once is agreed once, then one review opens of two started at once', async () => {
		const plan = await inTransaction(temp.db, (trx) =>
			insertPlanDocument(trx, { organisationId: 'org', accountId: 'senco', document: fixture('sarah'), today })
		);
		const screens = [await contextOf(plan.planId, 'agree'), await contextOf(plan.planId, 'agree')];
		const agreed = await Promise.all(screens.map((ctx) => agreePlan(ctx, { versionId: plan.versionId, tookPart: [] })));
		expect(agreed.map((result) => result.ok).sort()).toEqual([false, true]);
		expect(agreed.find((result) => !result.ok)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/stale|not-draft/)
		});
		expect((await auditRows(temp.db)).filter((row) => row.action === 'plan.agreed')).toHaveLength(1);

		const editors = [await contextOf(plan.planId, 'edit'), await contextOf(plan.planId, 'edit')];
		const started = await Promise.all(editors.map((ctx) => startReview(ctx, { date: '2027-03-01' })));
		const opened = started.find((result) => result.ok);
		expect(opened).toBeDefined();
		expect(started.find((result) => !result.ok)).toEqual({ ok: false, reason: 'open', id: opened!.ok && opened!.id });
		expect(await temp.db.selectFrom('review').select('id').execute()).toHaveLength(1);
	});

	it('an invitation accepted twice at once makes one account', async () => {
		const { token } = await createInvitation(temp.db, {
			organisationId: 'org',
			invitedBy: 'senco',
			name: 'Priya Shah',
			email: 'priya.shah@example.org',
			role: 'practitioner'
		});
		const lookup = await readInvitation(token);
		if (!lookup.found) throw new Error('the invitation was not found');
		const input = { password: 'a long and private passphrase', confirmPassword: 'a long and private passphrase' };
		const results = await Promise.all(
			['192.0.2.20', '192.0.2.21'].map((ip) => acceptInvitation(lookup.invitation, input, visitorAt(ip)))
		);
		expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
		// Refused as used, or (a moment later) because the account it would make now exists.
		expect(results.find((result) => !result.ok)).toEqual({
			ok: false,
			reason: expect.stringMatching(/^(used|has-account)$/)
		});
		expect(
			await temp.db.selectFrom('account').select('id').where('email', '=', 'priya.shah@example.org').execute()
		).toHaveLength(1);
	});

	it('ten saves to one plan sent at once, each adding its own aspiration, are all saved, one after another', async () => {
		const plan = await inTransaction(temp.db, (trx) =>
			insertPlanDocument(trx, { organisationId: 'org', accountId: 'senco', document: fixture('sarah'), today })
		);
		const screens = await Promise.all(Array.from({ length: 10 }, () => contextOf(plan.planId, 'edit')));
		const results = await Promise.all(
			screens.map((ctx, n) => saveAspiration(ctx, undefined, { text: `Hope number ${n}.`, voice: 'parent-carer' }))
		);
		expect(results.filter((result) => !result.ok)).toEqual([]);
		const version = await temp.db
			.selectFrom('plan_version')
			.select('content_revision')
			.where('id', '=', plan.versionId)
			.executeTakeFirstOrThrow();
		expect(version.content_revision).toBe(screens[0]!.version.content_revision + 10);
		const texts = (await contextOf(plan.planId, 'edit')).document.aspirations.map((aspiration) => aspiration.text);
		for (let n = 0; n < 10; n++) expect(texts).toContain(`Hope number ${n}.`);
	});
});
