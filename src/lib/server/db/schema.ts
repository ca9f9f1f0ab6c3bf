import type { Generated } from 'kysely';
import type { AuditAction } from '../../audit-action-labels';
import type { OrganisationKind } from '../../organisation-kinds';
import type { PlanKind } from '../../plan/document';
import type { NoteVoice } from '../../notes/note-voice';
import type { SeenHow } from '../../easy-read/seen-how';
import type { MeetingScreen } from '../../meeting/agenda';
import type { Attendance } from '../../meeting/attendance';
import type { ChildTookPart } from '../../meeting/child-took-part';
import type { MeetingKind } from '../../meeting/meeting-kind';
import type { MeetingPointKind } from '../../meeting/meeting-point';
import type { Recommendation } from '../../meeting/recommendation';
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
	child: ChildTable;
	item_translation: ItemTranslationTable;
	plan: PlanTable;
	plan_version: PlanVersionTable;
	plan_item: PlanItemTable;
	plan_link: PlanLinkTable;
	plan_access: PlanAccessTable;
	invitation: InvitationTable;
	password_reset: PasswordResetTable;
	review: ReviewTable;
	suggestion: SuggestionTable;
	plan_note: PlanNoteTable;
	meeting: MeetingTable;
	meeting_attendee: MeetingAttendeeTable;
	meeting_contribution: MeetingContributionTable;
	meeting_point: MeetingPointTable;
	meeting_presence: MeetingPresenceTable;
	easy_read_text: EasyReadTextTable;
	easy_read_check: EasyReadCheckTable;
	plan_seen: PlanSeenTable;
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
	action: AuditAction;
	item: string | null;
	ip: string | null;
}

/**
 * Staff belong to an organisation with a role; family members and professionals from outside (an NHS
 * therapist, say) have neither and see only the plans they are invited to.
 */
export interface AccountTable {
	id: string;
	/** Lower-cased, so that sign-in ignores case. */
	email: string;
	name: string;
	password_hash: string;
	organisation_id: string | null;
	role: OrganisationRole | null;
	/**
	 * The authenticator key (base32), sealed with the secret key (`secrets/sealed-text.ts`): the column never
	 * holds the key itself. Null until the second factor is set up.
	 */
	totp_key: string | null;
	/** The time step of the last code accepted, so a code cannot be used twice. */
	totp_last_counter: number | null;
	disabled_at: string | null;
	created_at: string;
	/**
	 * A professional from outside the organisation: their job ("Speech and language therapist") and whom
	 * they work for ("NHS Kent Community Health"). Null for staff and family members. Such an account signs
	 * in with a second factor, as staff do.
	 */
	professional_role: string | null;
	professional_organisation: string | null;
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
	/** The address it signed in from; null for sessions started before this was kept. */
	ip: string | null;
	/** The browser's User-Agent as it signed in (cut short), to name the device in its owner's list. */
	user_agent: string | null;
}

/** Counters for the sign-in rate limit live here, not in memory, so several servers share them. */
export interface SignInAttemptTable {
	id: Generated<number>;
	at: string;
	email: string;
	ip: string;
	succeeded: number;
}

/** A child or young person; their plans hang off this row. */
export interface ChildTable {
	id: string;
	organisation_id: string;
	first_name: string;
	last_name: string;
	known_as: string | null;
	date_of_birth: string;
	pronouns: string | null;
	setting: string | null;
	communication: string | null;
	/** "first last" and "known-as last", lower-cased, for searching the caseload by name. */
	search_name: string;
	created_at: string;
	/** The date an admin set for deleting the child's records before their 31st birthday, if any. */
	delete_on: string | null;
	/** The family's preferred language, an ISO code with a translation file (`pl`, `pa-Guru`), or null. */
	family_language: string | null;
	/** 1 when the family needs an interpreter. */
	needs_interpreter: Generated<number>;
}

/**
 * An interpreter's translation of one of a plan's items (aspiration, need, outcome, step, provision)
 * into a family language, with who translated it and when, and who typed it in. Beside the English.
 */
export interface ItemTranslationTable {
	plan_id: string;
	item_id: string;
	language_code: string;
	text: string;
	translated_by_name: string;
	translated_on: string;
	recorded_by: string | null;
	recorded_at: string;
	/** Counts saves, so a save made from an older page is refused as stale. */
	revision: Generated<number>;
}

export interface PlanTable {
	id: string;
	organisation_id: string;
	child_id: string;
	/** The version being worked on or in force: the newest. */
	current_version_id: string | null;
	archived_at: string | null;
	archived_reason: string | null;
	created_at: string;
}

/** One numbered version of a plan. An agreed version is frozen: `snapshot` holds its PlanDocument. */
export interface PlanVersionTable {
	id: string;
	plan_id: string;
	number: number;
	status: 'draft' | 'agreed';
	title: string;
	kind: PlanKind;
	start_date: string;
	review_date: string | null;
	/** Goes up with every change to the version's own fields (title, dates), for stale-save checks. */
	revision: number;
	/** Goes up with every change to the version's items and links: whether a parsed copy is still current. */
	content_revision: Generated<number>;
	/** The thread checker's counts after the last change, for the caseload, without the rules that depend on today's date. */
	error_count: number;
	warning_count: number;
	agreed_at: string | null;
	agreed_by: string | null;
	/** Who took part in agreeing it, as the team recorded it. */
	agreed_with: string | null;
	/** The PlanDocument as JSON, with its thread findings, frozen at agreement. */
	snapshot: string | null;
	created_at: string;
	updated_at: string;
}

/** Every item of a plan version; `data` is the item's own fields, as JSON, in the plan document's shape. */
export interface PlanItemTable {
	id: string;
	version_id: string;
	kind: PlanItemKind;
	/** A step's outcome. */
	parent_id: string | null;
	/** The id the item had in the version it was first written in (null there): matches it across versions. */
	lineage_id: string | null;
	position: number;
	/** Goes up with every change, so that a save based on an older revision is refused. */
	revision: number;
	data: string;
	updated_at: string;
	updated_by: string | null;
}

/** A link from one item to another (need → aspiration, outcome → aspiration or need, provision → outcome or team member). */
export interface PlanLinkTable {
	version_id: string;
	from_id: string;
	to_id: string;
	position: number;
}

export const planItemKinds = [
	'like-and-admire',
	'important',
	'support',
	'team',
	'aspiration',
	'need',
	'outcome',
	'step',
	'provision'
] as const;
export type PlanItemKind = (typeof planItemKinds)[number];

export interface PlanAccessTable {
	plan_id: string;
	account_id: string;
	level: PlanAccessLevel;
	granted_by: string | null;
	granted_at: string;
	/** 1 for the plan's key worker, the member of staff the family goes to first (at most one a plan), else 0. */
	key_worker: Generated<number>;
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
	/** Invited to one plan from outside the organisation: their job and whom they work for, for their account. */
	professional_role: string | null;
	professional_organisation: string | null;
}

/**
 * A one-use link an admin makes for a member to set a new password. Only the token's SHA-256 is kept;
 * making a new link for the account deletes any earlier one not yet used.
 */
export interface PasswordResetTable {
	id: string;
	token_hash: string;
	account_id: string;
	/** The admin who made it. */
	made_by: string;
	created_at: string;
	expires_at: string;
	used_at: string | null;
}

/**
 * A review of an agreed plan version (reviews.md). `took_part` is JSON: the team members who took part,
 * as recorded then ({ id, name, role }[]); `progress` is JSON: outcome id (in the reviewed version) →
 * { rating, evidence }. Completing it starts `next_version_id`. At most one draft review per version.
 */
export interface ReviewTable {
	id: string;
	plan_id: string;
	version_id: string;
	status: 'draft' | 'completed';
	date: string;
	took_part: string;
	child_took_part: number;
	family_took_part: number;
	/** JSON array of how the child gave their views (src/lib/review/review-record.ts). */
	child_views_how: string;
	progress: string;
	child_views: string | null;
	family_views: string | null;
	changes_next: string | null;
	/** Goes up with every save, so a save based on an older revision is refused. */
	revision: number;
	next_version_id: string | null;
	completed_at: string | null;
	completed_by: string | null;
	created_at: string;
	created_by: string | null;
	updated_at: string;
	updated_by: string | null;
}

/** Where a suggested change to someone's words stands. */
export type SuggestionStatus = 'open' | 'accepted' | 'declined';

/**
 * A suggested change to words recorded as someone else's (migration 2026-12-03-05). The names are kept
 * as they were, so the history still reads "at Grace's suggestion" after an account is closed.
 */
export interface SuggestionTable {
	id: string;
	plan_id: string;
	version_id: string;
	item_id: string;
	/** The item's revision it was made against: once the words change, it is stale. */
	item_revision: number;
	text: string;
	suggested_by: string | null;
	suggested_by_name: string;
	suggested_at: string;
	status: SuggestionStatus;
	decided_by: string | null;
	decided_by_name: string | null;
	decided_at: string | null;
	/** Who agreed to the decision with the editor who recorded it ("Sarah, in the meeting"); null when they decided themselves. */
	decided_with: string | null;
}

/**
 * A dated note the family (or the child, through them) adds between reviews: what's working, what's not
 * (at least one of the two). It never changes the plan; `version_id` is the version in force when it was
 * written. `review_id` is null until a completed review gathers it: until then it is new to the team and
 * its writer may withdraw it.
 */
export interface PlanNoteTable {
	id: string;
	plan_id: string;
	version_id: string;
	/** Null once the writer's family account is closed; `writer_name` keeps who wrote it. */
	written_by: string | null;
	/** The writer's name when they wrote it. */
	writer_name: string;
	written_at: string;
	said_by: NoteVoice;
	working: string | null;
	not_working: string | null;
	review_id: string | null;
}

/** A meeting on a plan; open until `ended_at`. At most one is open on a plan at a time. */
export interface MeetingTable {
	id: string;
	plan_id: string;
	/** The version the meeting was about when it started. */
	version_id: string;
	kind: MeetingKind;
	started_by: string | null;
	started_at: string;
	ended_at: string | null;
	/** The agenda screen the chair has everyone on. */
	screen: MeetingScreen;
	child_took_part: ChildTookPart | null;
	/** In the chair's words: "through her key worker, who talked with her on Monday". */
	child_took_part_how: string | null;
	/** The review a review meeting records, once one is linked. */
	review_id: string | null;
	/** The check before agreeing (Lundy): a sentence each, in the chair's words. */
	check_space: string | null;
	check_voice: string | null;
	check_audience: string | null;
	check_influence: string | null;
	/** What the meeting recommends for the plan: for a review, the report's recommendation (reg. 20). */
	recommendation: Recommendation | null;
	/** The recommendation in the chair's words: what to change, or why to end the plan. */
	recommendation_detail: string | null;
	/** Where people did not agree, and who thought what, in the chair's words. */
	differences: string | null;
}

/** Someone on a meeting's list: the child, a team member, or anyone else who came. Numbered from 1. */
export interface MeetingAttendeeTable {
	id: string;
	plan_id: string;
	meeting_id: string;
	position: number;
	name: string;
	/** "Mum", "Speech and language therapist": how the others know them. */
	role: string;
	is_child: number;
	/** The team member they are, when on the plan's team (items are versioned: no foreign key). */
	team_member_id: string | null;
	/** The account they joined with from their own device; null when the chair added them. */
	account_id: string | null;
	attendance: Attendance | null;
}

/** Something said in a meeting, by one attendee, on one agenda screen; kept as typed. */
export interface MeetingContributionTable {
	id: string;
	plan_id: string;
	meeting_id: string;
	/** The order it was said in, from 1. */
	position: number;
	screen: MeetingScreen;
	attendee_id: string;
	/** Who helped the speaker say it ("her key worker"), if anyone. */
	supported_by: string | null;
	text: string;
	/** Null once the writer's family account is closed; `writer_name` keeps who typed it. */
	written_by: string | null;
	writer_name: string;
	written_at: string;
	/**
	 * The plan item the chair made of it (`aspiration:<id>`: `becameOf` reads it), null while it is only
	 * what was said. Set once: the same words are not taken in twice.
	 */
	became: string | null;
}

/** Something parked to come back to, or an action agreed (who does what, by when), in a meeting. */
export interface MeetingPointTable {
	id: string;
	plan_id: string;
	meeting_id: string;
	/** The order it was added in, from 1. */
	position: number;
	kind: MeetingPointKind;
	text: string;
	/** An action's doer, as the meeting named them. */
	who: string | null;
	/** An action's date, `YYYY-MM-DD`. */
	by_when: string | null;
	/** Null once the adder's family account is closed; `adder_name` keeps who added it. */
	added_by: string | null;
	adder_name: string;
	added_at: string;
	/** When a parked point was come back to, or an action was done or taken into the plan. */
	settled_at: string | null;
	/** What an action became in the plan, when it was taken in. */
	became: string | null;
}

/** Someone who chose to show the others that they have a meeting open ("here now"), while they do. */
export interface MeetingPresenceTable {
	meeting_id: string;
	account_id: string;
	plan_id: string;
	/** The account's name when they opted in, as the others see it. */
	name: string;
	/** When their page last read the meeting: they are shown while this is recent. */
	seen_at: string;
}

/** An item's Easy Read words and picture, written by the team with the child. */
export interface EasyReadTextTable {
	plan_id: string;
	/** The aspiration, need, outcome or provision, by its id in the plan (ids last across versions). */
	item_id: string;
	/** The Easy Read words; null when only a picture was chosen. */
	text: string | null;
	/** The chosen picture's key in the picture catalogue; null for the one chosen from the words. */
	picture: string | null;
	/** The item's own text when the Easy Read words were written, so a later change to it shows. */
	source_text: string;
	written_by: string | null;
	writer_name: string;
	written_at: string;
	/** Counts saves, so a form opened before someone else's save cannot overwrite it unseen. */
	revision: number;
}

/** Who checked the plan's Easy Read version with the child, and when (Inclusion Europe asks for a named checker). */
export interface EasyReadCheckTable {
	plan_id: string;
	checked_by: string;
	checked_on: string;
	recorded_by: string | null;
	recorder_name: string;
	recorded_at: string;
}

/** A time the child was shown their plan: when, how, and what they said, in their words. */
export interface PlanSeenTable {
	id: string;
	plan_id: string;
	/** The version they were shown, where it is still kept. */
	version_id: string | null;
	seen_on: string;
	how: SeenHow;
	said: string | null;
	recorded_by: string | null;
	recorder_name: string;
	recorded_at: string;
}
