import { expressionBuilder, type Expression } from 'kysely';
import { planChangeActions } from '../../audit/plan-change-actions';
import { auditRowWithAuthor } from './audit-log';
import type { Executor } from './executor';
import type { Database } from './schema';

/** The most changes one read catches up on; a reader further behind is sent them in further reads. */
export const mostChangesRead = 100;

/**
 * The plan's changes after audit row `afterId`, oldest first, with who made each: what a live reader has
 * not yet been told. At most `mostChangesRead`, so a reader long away does not read the plan's whole log.
 */
export function readPlanChangesAfter(db: Executor, planId: string, afterId: number) {
	return db
		.selectFrom('audit_event')
		.leftJoin('account', 'account.id', 'audit_event.account_id')
		.select(auditRowWithAuthor)
		.where('audit_event.plan_id', '=', planId)
		.where('audit_event.id', '>', afterId)
		.where('audit_event.action', 'in', [...planChangeActions])
		.orderBy('audit_event.id')
		.limit(mostChangesRead)
		.execute();
}

/**
 * The id of the plan's latest audit row (null when it has none), as a subquery: `planId` may be a column
 * of the query it goes into (the plan's head reads it this way, in the same statement as the plan).
 */
export function latestPlanAuditIdQuery(planId: string | Expression<string>) {
	return expressionBuilder<Database>()
		.selectFrom('audit_event')
		.select((eb) => eb.fn.max('audit_event.id').as('latest'))
		.where('audit_event.plan_id', '=', planId);
}

/** The id of the plan's latest audit row, or 0: where a reader who has just loaded the plan starts. */
export async function latestPlanAuditId(db: Executor, planId: string): Promise<number> {
	const row = await db.selectNoFrom(latestPlanAuditIdQuery(planId).as('latest')).executeTakeFirst();
	return Number(row?.latest ?? 0);
}
