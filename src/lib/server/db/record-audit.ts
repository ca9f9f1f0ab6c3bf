import type { Insertable } from 'kysely';
import { planChangeActions } from '../../audit/plan-change-actions';
import { now } from '../clock/clock';
import { notePlanChange } from './committed-plan-changes';
import type { Executor } from './executor';
import type { AuditEventTable } from './schema';

export type AuditEvent = Omit<Insertable<AuditEventTable>, 'id' | 'at'>;

/**
 * Appends one row to the audit log. Pass the transaction that makes the change, so the change and its
 * record are written together or not at all. Never put plan content in `item`: ids and kinds only. A
 * change to a plan is told to its live readers once committed.
 */
export async function recordAudit(db: Executor, event: AuditEvent): Promise<void> {
	await db
		.insertInto('audit_event')
		.values({ ...event, at: now().toISOString() })
		.execute();
	if (event.plan_id && planChangeActions.has(event.action)) notePlanChange(db, event.plan_id);
}
