import { listMembers } from '../db/accounts';
import { database } from '../db/app-database';
import { auditActions, auditPageSize, outsidePeopleWithAccess, readAuditLog, type AuditFilters } from '../db/audit-log';
import { auditItemTexts } from './audit-item-texts';

/**
 * One page of the organisation's audit log, newest first, each row's item in words, with what its filters
 * offer: the people to choose from (the members, then family members and others from outside who may see
 * its plans) and the actions that appear in the log.
 */
export async function readOrganisationAuditLog(organisationId: string, filters: AuditFilters, page: number) {
	const db = database();
	const [members, outside, actions, log] = await Promise.all([
		listMembers(db, organisationId),
		outsidePeopleWithAccess(db, organisationId),
		auditActions(db, organisationId),
		readAuditLog(db, organisationId, filters, page)
	]);
	const itemTexts = await auditItemTexts(db, log.rows);
	return {
		rows: log.rows.map((row, index) => ({ ...row, itemText: itemTexts[index] ?? null })),
		total: log.total,
		pageCount: Math.max(1, Math.ceil(log.total / auditPageSize)),
		people: members.map((member) => ({ id: member.id, name: member.name })),
		outsidePeople: outside.map((person) => ({
			id: person.id,
			name: `${person.name} (${person.professional_role ?? 'family'})`
		})),
		actions
	};
}
