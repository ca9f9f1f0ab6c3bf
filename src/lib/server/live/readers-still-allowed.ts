import { decidePlanAccess } from '../auth/access';
import { sessionStands, sessionTokenParts } from '../auth/session';
import { now } from '../clock/clock';
import type { Executor } from '../db/executor';
import { readPlanReaderSessions } from '../db/plan-reader-sessions';
import { sameTurnBatches } from '../db/same-turn-batches';
import { hashSecret, sameHash } from '../tokens/token';

/** One live reader of a plan: the session token it was opened with, and whose it was. */
export interface PlanReader {
	planId: string;
	token: string;
	accountId: string;
}

interface Asking {
	reader: PlanReader;
	answer: (allowed: boolean) => void;
	failed: (error: unknown) => void;
}

/**
 * Whether a live reader may still see its plan: still signed in with the session it opened the stream
 * with, its account enabled and the plan still open to it. A change wakes every reader of the plan at
 * once; those asking in one turn of the event loop are answered by one query for the plan, not two each.
 */
export function readerStillAllowed(db: Executor, reader: PlanReader): Promise<boolean> {
	return new Promise((answer, failed) => enqueue(db, { reader, answer, failed }));
}

const enqueue = sameTurnBatches(async (db: Executor, asking: Asking[]) => {
	const byPlan = new Map<string, Asking[]>();
	for (const each of asking) {
		const readers = byPlan.get(each.reader.planId) ?? [];
		readers.push(each);
		byPlan.set(each.reader.planId, readers);
	}
	await Promise.all([...byPlan].map(([planId, readers]) => answerPlan(db, planId, readers)));
});

async function answerPlan(db: Executor, planId: string, asking: Asking[]): Promise<void> {
	const ids = new Set(asking.flatMap(({ reader }) => sessionTokenParts(reader.token)?.id ?? []));
	try {
		const rows = ids.size > 0 ? await readPlanReaderSessions(db, planId, [...ids]) : [];
		const at = now();
		for (const { reader, answer } of asking) {
			const parts = sessionTokenParts(reader.token);
			const row = parts && rows.find((candidate) => candidate.id === parts.id);
			answer(
				!!row &&
					sameHash(row.secret_hash, hashSecret(parts.secret)) &&
					sessionStands(row, at) &&
					row.account_id === reader.accountId &&
					decidePlanAccess(row, { organisation_id: row.plan_organisation_id }, row.grant ?? undefined).has('view')
			);
		}
	} catch (error) {
		for (const { failed } of asking) failed(error);
	}
}
