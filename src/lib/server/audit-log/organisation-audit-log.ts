import { listMembers } from '../db/accounts';
import { database } from '../db/app-database';
import { auditActions, auditPageSize, readAuditLog, type AuditFilters } from '../db/audit-log';

/**
 * One page of the organisation's audit log, newest first, with what its filters offer: the members to
 * choose from and the actions that appear in the log.
 */
export async function readOrganisationAuditLog(organisationId: string, filters: AuditFilters, page: number) {
	const db = database();
	const [members, actions, log] = await Promise.all([
		listMembers(db, organisationId),
		auditActions(db, organisationId),
		readAuditLog(db, organisationId, filters, page)
	]);
	return {
		rows: log.rows,
		total: log.total,
		pageCount: Math.max(1, Math.ceil(log.total / auditPageSize)),
		people: members.map((member) => ({ id: member.id, name: member.name })),
		actions
	};
}
