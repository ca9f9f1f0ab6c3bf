import type { Generated } from 'kysely';
import type { OrganisationKind } from '../../organisation-kinds';
import type { OrganisationRole, PlanAccessLevel } from '../../roles';

/**
 * The tables, described once. Row types come from Kysely's `Selectable`, `Insertable` and `Updateable`
 * over these; never write a row type by hand. Times are ISO 8601 strings (UTC), dates `YYYY-MM-DD`, so
 * the same values work on SQLite and PostgreSQL.
 */
export interface Database {
	organisation: OrganisationTable;
	audit_event: AuditEventTable;
	account: AccountTable;
	recovery_code: RecoveryCodeTable;
	session: SessionTable;
	sign_in_attempt: SignInAttemptTable;
	plan: PlanTable;
	plan_access: PlanAccessTable;
	invitation: InvitationTable;
}



export interface OrganisationTable {
	id: string;
	name: string;
	kind: OrganisationKind;
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

/**
 * Staff belong to an organisation with a role; family members have neither and see only the plans
 * they are invited to.
 */
export interface AccountTable {
	id: string;
	/** Lower-cased, so that sign-in ignores case. */
	email: string;
	name: string;
	password_hash: string;
	organisation_id: string | null;
	role: OrganisationRole | null;
	/** The authenticator key, base32; null until the second factor is set up. */
	totp_key: string | null;
	/** The time step of the last code accepted, so a code cannot be used twice. */
	totp_last_counter: number | null;
	disabled_at: string | null;
	created_at: string;
}

export interface RecoveryCodeTable {
	id: string;
	account_id: string;
	/** SHA-256 of the code, hex; the code itself is shown once and never stored. */
	code_hash: string;
	used_at: string | null;
}

/** A session token is `id.secret`; only the secret's SHA-256 is kept. */
export interface SessionTable {
	id: string;
	account_id: string;
	secret_hash: string;
	/** 1 once the second factor has been passed (or the account needs none). */
	two_factor_verified: number;
	created_at: string;
	last_active_at: string;
}

/** Counters for the sign-in rate limit live here, not in memory, so several servers share them. */
export interface SignInAttemptTable {
	id: Generated<number>;
	at: string;
	email: string;
	ip: string;
	succeeded: number;
}

export interface PlanTable {
	id: string;
	organisation_id: string;
	title: string;
	created_at: string;
}

export interface PlanAccessTable {
	plan_id: string;
	account_id: string;
	level: PlanAccessLevel;
	granted_by: string | null;
	granted_at: string;
}

/** An invitation to the organisation (with a role) or to one plan (with an access level). */
export interface InvitationTable {
	id: string;
	token_hash: string;
	organisation_id: string;
	invited_by: string;
	name: string;
	email: string;
	role: OrganisationRole | null;
	plan_id: string | null;
	plan_level: PlanAccessLevel | null;
	created_at: string;
	expires_at: string;
	used_at: string | null;
	withdrawn_at: string | null;
}
