import type { Kysely, LogEvent } from 'kysely';
import { hashPassword } from '../../src/lib/server/auth/password';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { recordAudit } from '../../src/lib/server/db/record-audit';
import { createAccount } from '../../src/lib/server/db/accounts';
import { openDatabase } from '../../src/lib/server/db/database';
import { openDatabaseAt } from '../../src/lib/server/db/open-database';
import { createOrganisation } from '../../src/lib/server/db/organisations';
import { insertPlanDocument } from '../../src/lib/server/db/plan-create';
import { forgetParsedPlans } from '../../src/lib/server/plans/parsed-plan-cache';
import { planContext } from '../../src/lib/server/plans/plan-context';
import { saveAspiration } from '../../src/lib/server/plans/save-aspiration';
import type { Database } from '../../src/lib/server/db/schema';
import type { PlanDocument } from '../../src/lib/plan/document';
import { startBuiltServer } from './built-server';
import { load } from './load';
import { sarahPlan, twoHundredOfEveryListPlan } from './pdf-plans';
import type { BenchSuite } from './row';

const today = '2026-11-22';

/**
 * A coordinator with a session and the given plans, written through the app's own code into a database
 * (a SQLite file's path, or a PostgreSQL address).
 */
export async function seed(location: string, documents: PlanDocument[]) {
	const handle = openDatabaseAt(location);
	try {
		await createOrganisation(handle.db, {
			id: 'org',
			name: 'Riverside Academy',
			kind: 'school',
			created_at: '2026-11-22T09:00:00Z'
		});
		await createAccount(handle.db, {
			id: 'coordinator',
			email: 'd.price@riverside.example.org',
			name: 'Daniel Price',
			password_hash: await hashPassword('correct horse battery staple'),
			organisation_id: 'org',
			role: 'coordinator',
			totp_key: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
			totp_last_counter: null,
			disabled_at: null,
			created_at: '2026-11-22T09:00:00Z'
		});
		const planIds: string[] = [];
		for (const document of documents) {
			const created = await handle.db
				.transaction()
				.execute((trx) =>
					insertPlanDocument(trx, { organisationId: 'org', accountId: 'coordinator', document, today })
				);
			planIds.push(created.planId);
		}
		const token = await createSession(handle.db, 'coordinator', true, { ip: '127.0.0.1', userAgent: null });
		return { planIds, cookie: `gt_session=${token}`, token };
	} finally {
		await handle.close();
	}
}

/** Statements counted through Kysely's log, and how many of them read a version's whole item list (a plan load). */
function statementCounter() {
	const counter = { statements: 0, loads: 0 };
	return {
		counter,
		log: (event: LogEvent) => {
			if (event.level !== 'query') return;
			counter.statements++;
			if (/^select \* from "plan_item" where "version_id" = \?/.test(event.query.sql)) counter.loads++;
		},
		reset: () => Object.assign(counter, { statements: 0, loads: 0 })
	};
}

/** What the plan page's server does per request once the process has the plan (hooks, openPlan, the page's load). */
async function statementsForPlanPage(
	db: Kysely<Database>,
	token: string,
	planId: string,
	count: ReturnType<typeof statementCounter>
): Promise<number> {
	await planContext(db, (await validateSessionToken(db, token))!.account, planId, 'view', '127.0.0.1', { home: true });
	count.reset();
	const auth = await validateSessionToken(db, token);
	const ctx = (await planContext(db, auth!.account, planId, 'view', '127.0.0.1', { home: true }))!;
	await recordAudit(db, {
		organisation_id: ctx.planRow.organisation_id,
		account_id: ctx.account.id,
		plan_id: planId,
		action: 'plan.viewed',
		item: null,
		ip: null
	});
	return count.counter.statements;
}

/** One item save as its route makes it: the plan opened (first in this process, so read whole), then the use case. */
async function itemSave(
	db: Kysely<Database>,
	token: string,
	planId: string,
	count: ReturnType<typeof statementCounter>
) {
	forgetParsedPlans();
	count.reset();
	const auth = await validateSessionToken(db, token);
	const ctx = (await planContext(db, auth!.account, planId, 'edit', '127.0.0.1'))!;
	const first = ctx.document.aspirations[0]!;
	const result = await saveAspiration(
		ctx,
		{ id: first.id, revision: ctx.revisions[first.id]! },
		{ text: `${first.text} `.trim(), voice: first.voice }
	);
	if (!result.ok) throw new Error(`The bench's save was refused: ${result.reason}`);
	return { ...count.counter };
}

const suite: BenchSuite = {
	title: 'Plan page',
	async run({ long }) {
		const rows = [];
		const server = await startBuiltServer();
		try {
			const { planIds, cookie, token } = await seed(server.databasePath, [sarahPlan(), twoHundredOfEveryListPlan()]);
			const [sarah, big] = planIds as [string, string];

			const count = statementCounter();
			const counted = openDatabase(server.databasePath, { log: count.log });
			const sarahStatements = await statementsForPlanPage(counted.db, token, sarah, count);
			const bigStatements = await statementsForPlanPage(counted.db, token, big, count);
			const sarahSave = await itemSave(counted.db, token, sarah, count);
			const bigSave = await itemSave(counted.db, token, big, count);
			await counted.close();
			rows.push({
				name: 'one item save: plan loads, and SQL statements, Sarah vs 200 of every list',
				measured: `loads ${sarahSave.loads} vs ${bigSave.loads}; statements ${sarahSave.statements} vs ${bigSave.statements}`,
				target: 'one load each; the same small number of statements',
				met: sarahSave.loads === 1 && bigSave.loads === 1 && sarahSave.statements === bigSave.statements
			});
			rows.push({
				name: 'SQL statements to load a plan page: Sarah vs 200 of every list',
				measured: `${sarahStatements} vs ${bigStatements}`,
				target: 'the same, ≤ 8',
				met: sarahStatements === bigStatements && bigStatements <= 8
			});

			const seconds = long ? 10 : 5;
			const headers = { cookie };
			// Both pages warmed first, so that neither is measured while the server's code is still compiling.
			for (const path of [`/plans/${sarah}`, '/help/thread-rules'])
				await load(`${server.origin}${path}`, { seconds: 2, connections: 8, headers });
			const plan = await load(`${server.origin}/plans/${sarah}`, { seconds, connections: 8, headers });
			const trivial = await load(`${server.origin}/help/thread-rules`, { seconds, connections: 8, headers });
			const share = plan.requestsPerSecond / trivial.requestsPerSecond;
			rows.push({
				name: "Sarah's plan page vs a simple page in the same layout (req/s)",
				measured: `${Math.round(plan.requestsPerSecond)} vs ${Math.round(trivial.requestsPerSecond)}: ${(share * 100).toFixed(0)} % (errors ${plan.errors + trivial.errors})`,
				target: '≥ 70 %',
				met: share >= 0.7 && plan.errors === 0
			});

			// The plan page's latency alone, then while 4 large PDFs render without pause.
			const alone = await load(`${server.origin}/plans/${sarah}`, { seconds, connections: 2, headers });
			let rendering = true;
			let rendered = 0;
			const renders = Array.from({ length: 4 }, async () => {
				while (rendering) {
					const response = await fetch(`${server.origin}/plans/${big}/plan.pdf`, { headers });
					await response.arrayBuffer();
					if (response.ok) rendered++;
				}
			});
			await new Promise((resolve) => setTimeout(resolve, 1500));
			const busy = await load(`${server.origin}/plans/${sarah}`, { seconds, connections: 2, headers });
			rendering = false;
			await Promise.all(renders);
			const ratio = busy.latencyP975 / Math.max(1, alone.latencyP975);
			rows.push({
				name: 'plan page p97.5 latency alone vs while 4 large PDFs render',
				measured: `${alone.latencyP975} ms vs ${busy.latencyP975} ms: ${ratio.toFixed(2)}× (${rendered} PDFs made meanwhile)`,
				target: '≤ 2×',
				met: ratio <= 2
			});
		} finally {
			await server.stop();
		}
		return rows;
	}
};

export default suite;
