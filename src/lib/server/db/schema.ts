import type { Generated } from 'kysely';

/**
 * The tables, described once. Row types come from Kysely's `Selectable`, `Insertable` and `Updateable`
 * over these; never write a row type by hand. Times are ISO 8601 strings (UTC), dates `YYYY-MM-DD`, so
 * the same values work on SQLite and PostgreSQL.
 */
export interface Database {
	organisation: OrganisationTable;
	audit_event: AuditEventTable;
}

export interface OrganisationTable {
	id: string;
	name: string;
	kind: 'school' | 'setting' | 'college' | 'local-authority-team';
	created_at: string;
}

/** Append-only: a trigger refuses UPDATE and DELETE. Holds ids and actions, never plan content. */
export interface AuditEventTable {
	id: Generated<number>;
	at: string;
	organisation_id: string | null;
	account_id: string | null;
	plan_id: string | null;
	action: string;
	item: string | null;
	ip: string | null;
}
