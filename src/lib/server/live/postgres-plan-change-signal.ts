import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/schema';
import { ListenersByPlan } from './listeners-by-plan';
import type { PlanChangeSignal } from './plan-change-signal';

const channel = 'golden_thread_plan_changed';
/** How long to wait before listening again after the connection dropped, doubling to the longest. */
const firstRetryMs = 250;
const longestRetryMs = 10_000;

/**
 * On PostgreSQL several servers share the database (scale.md): a change made through one is told through
 * `NOTIFY`, which reaches every server that `LISTEN`s, this one too. Listening takes a connection of its
 * own, outside the pool. When it drops, it is opened again, and every listener woken, since wake-ups sent
 * meanwhile were lost: each reader then catches up from the audit log.
 */
export async function postgresPlanChangeSignal(url: string, db: Kysely<Database>): Promise<PlanChangeSignal> {
	const listeners = new ListenersByPlan();
	let client: pg.Client | undefined;
	let closed = false;
	let retryMs = firstRetryMs;
	let retry: NodeJS.Timeout | undefined;

	async function connect(): Promise<void> {
		const next = new pg.Client({ connectionString: url });
		next.on('notification', (message) => {
			if (message.channel === channel && message.payload) listeners.wake(message.payload);
		});
		next.on('error', (error) => {
			console.error(`The live-update connection to the database dropped: ${error.message}`);
			dropped(next);
		});
		next.on('end', () => dropped(next));
		await next.connect();
		await next.query(`LISTEN ${channel}`);
		client = next;
	}

	function dropped(which: pg.Client): void {
		if (closed || client !== which) return;
		client = undefined;
		which.end().catch(() => {});
		retry = setTimeout(reconnect, retryMs);
	}

	async function reconnect(): Promise<void> {
		try {
			await connect();
			retryMs = firstRetryMs;
			listeners.wakeAll();
		} catch (error) {
			console.error(`Could not listen for live updates again: ${(error as Error).message}`);
			retryMs = Math.min(retryMs * 2, longestRetryMs);
			if (!closed) retry = setTimeout(reconnect, retryMs);
		}
	}

	await connect();
	return {
		async announce(planIds) {
			if (planIds.length === 0) return;
			await sql`SELECT pg_notify(${channel}, plan_id) FROM unnest(${[...planIds]}::text[]) AS plan_id`.execute(db);
		},
		listen: (planId, listener) => listeners.add(planId, listener),
		async close() {
			closed = true;
			clearTimeout(retry);
			const closing = client;
			client = undefined;
			await closing?.end();
		}
	};
}
