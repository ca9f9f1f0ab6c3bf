import { openPostgresDatabase } from '../../src/lib/server/db/postgres-database';
import { newSecretKey, secretKeyText } from '../../src/lib/server/secrets/secret-key';
import { startTestPostgres } from '../integration/support/postgres-server';
import { startBuiltServer, type BuiltServer } from './built-server';
import { sarahPlan } from './pdf-plans';
import { seed } from './plan-page';
import type { BenchSuite } from './row';

/** Staff saving at the same moment, each on a plan of their own. */
const writers = 6;

/**
 * One writer adding aspirations to their plan, one after another, until the server stops answering: the
 * words of each save answered 303 (committed, as far as the writer was told).
 */
async function writeUntilKilled(
	server: BuiltServer,
	planId: string,
	cookie: string,
	label: string,
	confirmed: string[]
) {
	for (let n = 0; ; n++) {
		const text = `Confirmed ${label}-${n}.`;
		try {
			const answer = await fetch(`${server.origin}/plans/${planId}/aspirations?/save`, {
				method: 'POST',
				body: new URLSearchParams({ text, voice: 'parent-carer' }),
				redirect: 'manual',
				headers: { cookie, origin: server.origin, accept: 'text/html' }
			});
			// The status is the confirmation: a 303 has been said even if the kill cuts the body short.
			if (answer.status === 303) confirmed.push(text);
			await answer.arrayBuffer();
		} catch {
			return;
		}
	}
}

/**
 * The crash test on PostgreSQL: the app server killed with SIGKILL at a random moment after a write was
 * confirmed, under six writers, again and again; PostgreSQL itself (durable settings) keeps running, as
 * a managed database would. Every save answered 303 must be in the plan afterwards, with its audit row.
 */
const suite: BenchSuite = {
	title: 'PostgreSQL: SIGKILL of the app server under writes',
	async run({ long }) {
		const cycles = long ? 50 : 15;
		const postgres = await startTestPostgres({ durable: true });
		try {
			await postgres.admin('CREATE DATABASE crash');
			const url = postgres.url('crash');
			const env = { DATABASE_URL: url, SECRET_KEY: secretKeyText(newSecretKey()) };
			// The server's first start creates the tables; the plans are written through the app's code after.
			await (await startBuiltServer(env)).stop();
			const { planIds, cookie } = await seed(
				url,
				Array.from({ length: writers }, () => sarahPlan())
			);
			const confirmed: string[] = [];
			for (let cycle = 0; cycle < cycles; cycle++) {
				const server = await startBuiltServer(env);
				const before = confirmed.length;
				const writing = planIds.map((planId, writer) =>
					writeUntilKilled(server, planId, cookie, `${cycle}-${writer}`, confirmed)
				);
				while (confirmed.length === before) await new Promise((resolve) => setTimeout(resolve, 5));
				await new Promise((resolve) => setTimeout(resolve, Math.random() * 250));
				await server.kill();
				await Promise.all(writing);
			}

			const handle = openPostgresDatabase(url);
			try {
				const kept = new Set(
					(
						await handle.db
							.selectFrom('plan_item')
							.innerJoin('plan', 'plan.current_version_id', 'plan_item.version_id')
							.select('plan_item.data')
							.where('plan_item.kind', '=', 'aspiration')
							.execute()
					).map((row) => (JSON.parse(row.data) as { text: string }).text)
				);
				const lost = confirmed.filter((text) => !kept.has(text)).length;
				const audited = await handle.db
					.selectFrom('audit_event')
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.where('action', '=', 'plan.changed')
					.executeTakeFirstOrThrow();
				const unaudited = Math.max(0, confirmed.length - audited.n);
				return [
					{
						name: 'SIGKILL cycles of the app server on PostgreSQL under 6 writers: confirmed saves lost, audit rows missing',
						measured: `${cycles} cycles, ${confirmed.length} confirmed saves: ${lost} lost, ${unaudited} audit rows missing`,
						target: '0 lost',
						met: confirmed.length > 0 && lost === 0 && unaudited === 0
					}
				];
			} finally {
				await handle.close();
			}
		} finally {
			await postgres.stop();
		}
	}
};

export default suite;
