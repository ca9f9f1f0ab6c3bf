import type { Kysely } from 'kysely';
import { now } from '../clock/clock';
import type { AuditEvent } from './record-audit';
import { sameTurnBatches } from './same-turn-batches';
import type { Database } from './schema';

/** The most rows written by one insert (7 columns each stays far below SQLite's limit of parameters). */
const MOST_ROWS = 500;

interface Pending {
	row: AuditEvent & { at: string };
	done: () => void;
	failed: (error: unknown) => void;
}

/**
 * Appends one row to the audit log for an event that changes nothing else (a plan viewed), sharing
 * the write with the other such rows that arrive in the same turn of the event loop. Each row costs a
 * durable commit (an fsync) on its own, which was most of a plan page's time; rows queued together are
 * committed by one insert. The promise settles only once the row is committed, so a page is never shown
 * without its record: every view still has its own row, at the moment it happened.
 */
export function recordAuditGrouped(db: Kysely<Database>, event: AuditEvent): Promise<void> {
	return new Promise((done, failed) => enqueue(db, { row: { ...event, at: now().toISOString() }, done, failed }));
}

const enqueue = sameTurnBatches(commit);

async function commit(db: Kysely<Database>, queue: Pending[]): Promise<void> {
	for (let start = 0; start < queue.length; start += MOST_ROWS) {
		const batch = queue.slice(start, start + MOST_ROWS);
		try {
			await insert(db, batch);
		} catch {
			// One bad row must not cost the others their record: each is tried alone, and only its own fails.
			for (const pending of batch) await insert(db, [pending]).catch(pending.failed);
		}
	}
}

async function insert(db: Kysely<Database>, batch: Pending[]): Promise<void> {
	await db
		.insertInto('audit_event')
		.values(batch.map((pending) => pending.row))
		.execute();
	for (const pending of batch) pending.done();
}
