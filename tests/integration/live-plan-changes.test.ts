import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '$lib/server/db/accounts';
import { openDatabaseAt, type DatabaseHandle } from '$lib/server/db/open-database';
import { inTransaction } from '$lib/server/db/in-transaction';
import { insertPlanDocument, type CreatedPlan } from '$lib/server/db/plan-create';
import { latestPlanAuditId, mostChangesRead } from '$lib/server/db/plan-change-feed';
import { recordAudit } from '$lib/server/db/record-audit';
import { planChangeSignal, startPlanChangeSignal, stopPlanChangeSignal } from '$lib/server/live/app-plan-change-signal';
import { readPlanChangeEvents } from '$lib/server/live/plan-change-events';
import { planChangeStream } from '$lib/server/live/plan-change-stream';
import { postgresPlanChangeSignal } from '$lib/server/live/postgres-plan-change-signal';
import { readerStillAllowed } from '$lib/server/live/readers-still-allowed';
import { planContext } from '$lib/server/plans/plan-context';
import { recordPlanView } from '$lib/server/plans/record-plan-view';
import { saveAspiration } from '$lib/server/plans/save-aspiration';
import { fixture, today } from '../unit/interchange/support';
import { seedAccount, seedOrganisation, signedIn, visitorAt } from './support/accounts';
import { startTempAppDatabase, type TempAppDatabase } from './support/app-database';
import { testEngine } from './support/test-engine';

/**
 * Changes told live: a change committed through a use case wakes the plan's listeners once, on every
 * server on the database; what was changed, and by whom, is read back from the audit log.
 */
let temp: TempAppDatabase;
let plan: CreatedPlan;
let senco: Account;
let priya: Account;

beforeEach(async () => {
	temp = await startTempAppDatabase();
	await startPlanChangeSignal(temp.location, temp.db);
	await seedOrganisation(temp.db, 'org');
	senco = await seedAccount(temp.db, { id: 'senco', organisationId: 'org', role: 'coordinator' });
	priya = await seedAccount(temp.db, { id: 'priya', organisationId: 'org', role: 'coordinator' });
	plan = await inTransaction(temp.db, (trx) =>
		insertPlanDocument(trx, { organisationId: 'org', accountId: 'senco', document: fixture('sarah'), today })
	);
});
afterEach(async () => {
	await stopPlanChangeSignal();
	await temp.dispose();
});

const contextOf = async (account: Account) => (await planContext(temp.db, account, plan.planId, 'edit', '192.0.2.1'))!;

/** Counts the plan's wake-ups; `after(ms)` stops counting once `ms` have passed and answers the count. */
function wakeUps(planId: string) {
	let count = 0;
	const stop = planChangeSignal().listen(planId, () => count++);
	return {
		count: () => count,
		async after(ms: number) {
			await new Promise((resolve) => setTimeout(resolve, ms));
			stop();
			return count;
		}
	};
}

/** Waits up to 5 s for the count to be as expected. */
const eventually = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 10 });

describe(`live plan changes on ${testEngine()}`, () => {
	it('wakes the plan’s listeners once a saved change commits, and not for a view or a rolled-back change', async () => {
		const woken = wakeUps(plan.planId);
		const other = wakeUps('another-plan');
		const saved = await saveAspiration(await contextOf(priya), undefined, { text: 'I want to swim.', voice: 'child' });
		expect(saved).toMatchObject({ ok: true });
		await eventually(() => expect(woken.count()).toBe(1));

		await recordPlanView(await contextOf(senco));
		await inTransaction(temp.db, async (trx) => {
			await recordAudit(trx, {
				organisation_id: 'org',
				account_id: 'senco',
				plan_id: plan.planId,
				action: 'plan.changed',
				item: null,
				ip: null
			});
			throw new Error('rolled back');
		}).catch(() => {});
		expect(await woken.after(300)).toBe(1);
		expect(await other.after(0)).toBe(0);
	});

	it('reads what changed and who changed it from the audit log, after the last change a reader had', async () => {
		const before = await latestPlanAuditId(temp.db, plan.planId);
		await saveAspiration(await contextOf(priya), undefined, { text: 'I want to swim.', voice: 'child' });
		await recordPlanView(await contextOf(priya));
		const changes = await readPlanChangeEvents(temp.db, plan.planId, before, 'senco');
		expect(changes).toEqual([
			expect.objectContaining({
				who: 'Person priya',
				what: expect.stringMatching(/^Changed aspiration \d+: “I want to swim\.”$/),
				mine: false
			})
		]);
		expect(await readPlanChangeEvents(temp.db, plan.planId, changes[0]!.id, 'senco')).toEqual([]);
		expect((await readPlanChangeEvents(temp.db, plan.planId, before, 'priya'))[0]!.mine).toBe(true);
	});

	it("gives the plan's home its latest audit row with the plan, where its live changes start, and its counts", async () => {
		await saveAspiration(await contextOf(priya), undefined, { text: 'I want to swim.', voice: 'child' });
		await temp.db
			.insertInto('plan_access')
			.values({ plan_id: plan.planId, account_id: 'priya', level: 'editor', granted_by: 'senco', granted_at: today })
			.execute();
		const home = (await planContext(temp.db, senco, plan.planId, 'view', '192.0.2.1', { home: true }))!.home;
		expect(home).toEqual({ latestAuditId: await latestPlanAuditId(temp.db, plan.planId), sharedWith: 1, newNotes: 0 });
		expect(home!.latestAuditId).toBeGreaterThan(0);
		// Only the home asks for them.
		expect((await contextOf(senco)).home).toBeUndefined();
	});

	it('streams the changes missed since the last one seen, then each new one, and ends once access is gone', async () => {
		const seen = await latestPlanAuditId(temp.db, plan.planId);
		await saveAspiration(await contextOf(priya), undefined, { text: 'Missed while away.', voice: 'child' });
		let allowed = true;
		const stream = planChangeStream({
			signal: planChangeSignal(),
			planId: plan.planId,
			after: seen,
			batch: mostChangesRead,
			readChanges: (after) => readPlanChangeEvents(temp.db, plan.planId, after, 'senco'),
			stillAllowed: async () => allowed
		});
		const reader = stream.getReader();
		const decoder = new TextDecoder();
		let text = '';
		const readUntil = async (pattern: RegExp) => {
			while (!pattern.test(text)) {
				const { value, done } = await reader.read();
				if (done) return true;
				text += decoder.decode(value, { stream: true });
			}
			return false;
		};
		await readUntil(/Missed while away/);
		expect(text).toMatch(
			/^retry: 1000\n\nid: \d+\nevent: change\ndata: \{"who":"Person priya","what":"Changed aspiration \d+: “Missed while away\.”"/
		);

		await saveAspiration(await contextOf(priya), undefined, { text: 'Told live.', voice: 'child' });
		await readUntil(/Told live/);
		expect(text.match(/event: change/g)).toHaveLength(2);

		allowed = false;
		await saveAspiration(await contextOf(priya), undefined, { text: 'Not for this reader.', voice: 'child' });
		expect(await readUntil(/never/)).toBe(true);
		expect(text).not.toContain('Not for this reader');
	});

	it('answers every reader woken at once by one query, each as its session and access stand now', async () => {
		await seedOrganisation(temp.db, 'other-org');
		for (const [id, organisationId, role] of [
			['teacher', 'org', 'practitioner'],
			['stranger', 'other-org', 'coordinator'],
			['mother', null, null]
		] as const)
			await seedAccount(temp.db, { id, organisationId, role });
		await temp.db
			.insertInto('plan_access')
			.values({ plan_id: plan.planId, account_id: 'mother', level: 'viewer', granted_by: 'senco', granted_at: today })
			.execute();
		const visitor = visitorAt('192.0.2.1');
		const tokens = Object.fromEntries(
			await Promise.all(
				['senco', 'priya', 'teacher', 'stranger', 'mother'].map(
					async (id) => [id, (await signedIn(temp.db, id, visitor)).token] as const
				)
			)
		);
		// Priya was disabled, and her session stays; the senco signed out of a second session.
		await temp.db.updateTable('account').set({ disabled_at: today }).where('id', '=', 'priya').execute();
		const signedOut = (await signedIn(temp.db, 'senco', visitor)).token;
		await temp.db.deleteFrom('session').where('id', '=', signedOut.split('.')[0]!).execute();

		const asked: Record<string, { token: string; accountId: string }> = {
			senco: { token: tokens.senco!, accountId: 'senco' },
			mother: { token: tokens.mother!, accountId: 'mother' },
			'disabled priya': { token: tokens.priya!, accountId: 'priya' },
			'teacher without a grant': { token: tokens.teacher!, accountId: 'teacher' },
			'another organisation’s coordinator': { token: tokens.stranger!, accountId: 'stranger' },
			'signed out': { token: signedOut, accountId: 'senco' },
			'the senco’s session, opened by the mother': { token: tokens.senco!, accountId: 'mother' },
			'a wrong secret': { token: `${tokens.senco!.split('.')[0]}.not-the-secret`, accountId: 'senco' },
			'not a token': { token: 'nonsense', accountId: 'senco' }
		};
		let queries = 0;
		const counted = openDatabaseAt(temp.location, {
			log: () => {
				queries++;
			}
		});
		try {
			const answers = await Promise.all(
				Object.values(asked).map((reader) => readerStillAllowed(counted.db, { planId: plan.planId, ...reader }))
			);
			expect(Object.fromEntries(Object.keys(asked).map((who, index) => [who, answers[index]]))).toEqual({
				senco: true,
				mother: true,
				'disabled priya': false,
				'teacher without a grant': false,
				'another organisation’s coordinator': false,
				'signed out': false,
				'the senco’s session, opened by the mother': false,
				'a wrong secret': false,
				'not a token': false
			});
			expect(queries).toBe(1);
			// A plan that is not there is open to no one.
			expect(await readerStillAllowed(counted.db, { planId: 'gone', ...asked.senco! })).toBe(false);
		} finally {
			await counted.close();
		}
	});

	it.runIf(testEngine() === 'postgres')(
		'a change committed through one server wakes a listener on another, and again after its connection dropped',
		async () => {
			const other: DatabaseHandle = openDatabaseAt(temp.location);
			const otherSignal = await postgresPlanChangeSignal(temp.location, other.db);
			try {
				let woken = 0;
				otherSignal.listen(plan.planId, () => woken++);
				await saveAspiration(await contextOf(priya), undefined, { text: 'From server one.', voice: 'child' });
				await eventually(() => expect(woken).toBe(1));

				// The other server's listening connection is cut: it listens again, and wakes its readers to catch up.
				await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`.execute(
					temp.db
				);
				await eventually(() => expect(woken).toBeGreaterThanOrEqual(2));
				const settled = woken;
				await saveAspiration(await contextOf(priya), undefined, { text: 'After the drop.', voice: 'child' });
				await eventually(() => expect(woken).toBe(settled + 1));
			} finally {
				await otherSignal.close();
				await other.close();
			}
		}
	);
});
