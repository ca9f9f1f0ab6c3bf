import type { Insertable } from 'kysely';
import { now } from '../clock/clock';
import type { Executor } from './executor';
import type { AuditEventTable } from './schema';

export type AuditEvent = Omit<Insertable<AuditEventTable>, 'id' | 'at'>;

/**
 * Appends one row to the audit log. Pass the transaction that makes the change, so the change and its
 * record are written together or not at all. Never put plan content in `item`: ids and kinds only.
 */
export async function recordAudit(db: Executor, event: AuditEvent): Promise<void> {
	await db
		.insertInto('audit_event')
		.values({ ...event, at: now().toISOString() })
		.execute();
}
