import type { AuditAction } from '../../audit-action-labels';
import type { Executor } from './executor';
import { hasAccessInOrganisation } from './plan-access';

/** Rows on one page of the audit log. */
export const auditPageSize = 50;

/** An audit row as its readers show it, with its author's name (the row's query joins `account`). */
export const auditRowWithAuthor = [
	'audit_event.id',
	'audit_event.at',
	'audit_event.account_id',
	'account.name as account_name',
	'audit_event.plan_id',
	'audit_event.action',
	'audit_event.item'
] as const;

/** Optional filters; each one left out filters nothing. Dates are `YYYY-MM-DD`, both ends included. */
export interface AuditFilters {
	accountId?: string;
	planId?: string;
	/** An action code; the log may hold codes older versions recorded, so any string. */
	action?: string;
	from?: string;
	to?: string;
}

/**
 * One page of an organisation's audit log, newest first, with the total that matches (for the page
 * links). Times are ISO strings, so comparing them as text orders them; this works on SQLite and
 * PostgreSQL alike. Dates are compared as whole UTC days.
 */
export async function readAuditLog(db: Executor, organisationId: string, filters: AuditFilters, page: number) {
	const filtered = db
		.selectFrom('audit_event')
		.where('audit_event.organisation_id', '=', organisationId)
		.$if(filters.accountId !== undefined, (q) => q.where('audit_event.account_id', '=', filters.accountId!))
		.$if(filters.planId !== undefined, (q) => q.where('audit_event.plan_id', '=', filters.planId!))
		.$if(filters.action !== undefined, (q) => q.where('audit_event.action', '=', filters.action as AuditAction))
		.$if(filters.from !== undefined, (q) => q.where('audit_event.at', '>=', `${filters.from}T00:00:00.000Z`))
		.$if(filters.to !== undefined, (q) => q.where('audit_event.at', '<=', `${filters.to}T23:59:59.999Z`));

	const [rows, total] = await Promise.all([
		filtered
			.leftJoin('account', 'account.id', 'audit_event.account_id')
			.select([...auditRowWithAuthor, 'audit_event.ip'])
			.orderBy('audit_event.at', 'desc')
			.orderBy('audit_event.id', 'desc')
			.limit(auditPageSize)
			.offset((page - 1) * auditPageSize)
			.execute(),
		filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(total.count) };
}

/** The actions that appear in an organisation's log, for the filter's choices. */
export async function auditActions(db: Executor, organisationId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('audit_event')
		.select('action')
		.distinct()
		.where('organisation_id', '=', organisationId)
		.orderBy('action')
		.execute();
	return rows.map((row) => row.action);
}

/**
 * The people from outside the organisation who may see its plans (family members, and professionals such
 * as an NHS therapist), by name: the audit log's person filter offers them after the staff.
 */
export function outsidePeopleWithAccess(db: Executor, organisationId: string) {
	return db
		.selectFrom('account')
		.select(['account.id', 'account.name', 'account.professional_role'])
		.where('account.organisation_id', 'is', null)
		.where((eb) => hasAccessInOrganisation(eb, organisationId))
		.orderBy('account.name')
		.orderBy('account.id')
		.execute();
}
