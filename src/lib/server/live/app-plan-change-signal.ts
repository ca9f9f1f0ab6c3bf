import type { Kysely } from 'kysely';
import { isPostgresUrl } from '../config/config';
import { whenPlanChangesCommit } from '../db/committed-plan-changes';
import type { Database } from '../db/schema';
import { inProcessPlanChangeSignal } from './in-process-plan-change-signal';
import type { PlanChangeSignal } from './plan-change-signal';
import { postgresPlanChangeSignal } from './postgres-plan-change-signal';

let signal: PlanChangeSignal | undefined;
let stopTelling: (() => void) | undefined;

/**
 * Starts telling live readers of the changes committed to the app's database at `location`: through
 * PostgreSQL to every server on it, or within this process on SQLite. Called once, after the database.
 */
export async function startPlanChangeSignal(location: string, db: Kysely<Database>): Promise<void> {
	if (signal) return;
	const started = isPostgresUrl(location) ? await postgresPlanChangeSignal(location, db) : inProcessPlanChangeSignal();
	signal = started;
	stopTelling = whenPlanChangesCommit((planIds) => {
		// The change is saved whatever happens here: a reader that misses this catches up on its next wake-up.
		started.announce(planIds).catch((error) => console.error('Could not tell live readers of a change', error));
	});
}

/** The app's signal, for the streams that listen to it. */
export function planChangeSignal(): PlanChangeSignal {
	if (!signal) throw new Error('The live updates have not been started.');
	return signal;
}

export async function stopPlanChangeSignal(): Promise<void> {
	const stopping = signal;
	signal = undefined;
	stopTelling?.();
	stopTelling = undefined;
	await stopping?.close();
}
