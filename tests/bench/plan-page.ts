import type { Kysely } from 'kysely';
import { hashPassword } from '../../src/lib/server/auth/password';
import { requirePlanAccess } from '../../src/lib/server/auth/access';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { recordAudit } from '../../src/lib/server/audit';
import { countSharedWith } from '../../src/lib/server/db/plan-details';
import { createAccount } from '../../src/lib/server/db/accounts';
import { openDatabase } from '../../src/lib/server/db/database';
import { createOrganisation } from '../../src/lib/server/db/organisations';
import { insertPlanDocument } from '../../src/lib/server/db/plan-create';
import { loadPlan } from '../../src/lib/server/db/plan-load';
import type { Database } from '../../src/lib/server/db/schema';
import type { PlanDocument } from '../../src/lib/plan/document';
import { checkThread } from '../../src/lib/thread/check';
import { startBuiltServer } from './built-server';
import { load } from './load';
import { sarahPlan, twoHundredOfEveryListPlan } from './pdf-plans';
import type { BenchSuite } from './row';

const today = '2026-11-22';

/** A coordinator with a session and the given plans, written into a database file through the app's own code. */
export async function seed(path: string, documents: PlanDocument[]) {
	const handle = openDatabase(path);
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
		const token = await createSession(handle.db, 'coordinator', true);
		return { planIds, cookie: `gt_session=${token}`, token };
	} finally {
		await handle.close();
	}
}

/** What the plan page's server does per request (hooks, openPlan, the page's load), counted through Kysely's log. */
async function statementsForPlanPage(
	db: Kysely<Database>,
	token: string,
	planId: string,
	counter: { count: number }
): Promise<number> {
	counter.count = 0;
	const auth = await validateSessionToken(db, token);
	const access = await requirePlanAccess(db, auth!.account, planId, 'view');
	const loaded = await loadPlan(db, planId);
	checkThread(loaded!.document, { today });
	await recordAudit(db, {
		organisation_id: access.plan.organisation_id,
		account_id: auth!.account.id,
		plan_id: planId,
		action: 'plan.viewed',
		item: null,
		ip: null
	});
	await countSharedWith(db, planId);
	return counter.count;
}

const suite: BenchSuite = {
	title: 'Plan page',
	async run({ long }) {
		const rows = [];
		const server = await startBuiltServer(4302);
		try {
			const { planIds, cookie, token } = await seed(server.databasePath, [sarahPlan(), twoHundredOfEveryListPlan()]);
			const [sarah, big] = planIds as [string, string];

			const counter = { count: 0 };
			const counted = openDatabase(server.databasePath, {
				log: (event) => void (event.level === 'query' && counter.count++)
			});
			const sarahStatements = await statementsForPlanPage(counted.db, token, sarah, counter);
			const bigStatements = await statementsForPlanPage(counted.db, token, big, counter);
			await counted.close();
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
				target: '≥ 50 %',
				met: share >= 0.5 && plan.errors === 0
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
