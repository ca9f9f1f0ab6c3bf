/** Every action the audit log records, each with its plain-English name. */
export const auditActionLabels = {
	'organisation.set-up': 'Set up the organisation',
	'sign-in': 'Signed in',
	'sign-in.password': 'Entered the right password',
	'sign-in.failed': 'Entered a wrong password',
	'sign-in.failed-code': 'Entered a wrong sign-in code',
	'sign-in.rate-limited': 'Was refused: too many wrong attempts in 5 minutes',
	'sign-out': 'Signed out',
	'session.ended': 'Signed out one of their other devices',
	'sessions.ended-others': 'Signed out all their other devices',
	'two-factor.set-up': 'Set up an authenticator app',
	'password.changed': 'Changed their password',
	'password.reset': 'Set a new password with a link from an administrator',
	'member.invited': 'Invited a member',
	'member.role-changed': 'Changed a member’s role',
	'member.disabled': 'Disabled a member',
	'member.two-factor-reset': 'Reset a member’s authenticator app',
	'member.password-reset-link-made': 'Made a link for a member to set a new password',
	'invitation.made': 'Invited someone to a plan',
	'invitation.withdrawn': 'Withdrew an invitation',
	'invitation.used': 'Accepted an invitation',
	'plan.viewed': 'Viewed a plan',
	'plan.changed': 'Changed a plan',
	'plan.agreed': 'Agreed a plan',
	'plan.created': 'Started a plan',
	'plan.exported.pdf': 'Downloaded a plan as a PDF',
	'plan.exported.json': 'Downloaded a plan to move it elsewhere',
	'plan.exported.calendar': 'Downloaded a plan’s key dates',
	'caseload.exported.calendar': 'Downloaded the caseload’s review dates',
	'plan.imported': 'Imported a plan',
	'plan.archived': 'Archived a plan',
	'suggestion.made': 'Suggested a change to someone’s words in a plan',
	'suggestion.accepted': 'Accepted a suggested change to someone’s words',
	'suggestion.declined': 'Declined a suggested change to someone’s words',
	'review.started': 'Started a review',
	'review.changed': 'Changed a review',
	'review.completed': 'Completed a review',
	'review.exported.pdf': 'Downloaded a review record as a PDF',
	'note.added': 'Added a note of what’s working and what’s not',
	'note.withdrawn': 'Withdrew their note',
	'child.exported': 'Downloaded everything about a child',
	'child.deleted': 'Deleted a child’s records',
	'child.deleted.retention': 'Deleted a child’s records automatically: they had turned 31',
	'child.deleted.scheduled': 'Deleted a child’s records automatically, on the date an administrator set',
	'child.deletion-scheduled': 'Set a date to delete a child’s records',
	'child.deletion-cancelled': 'Cancelled the date set to delete a child’s records',
	'family-account.closed': 'Closed a family member’s account: it had no plan left to see',
	'reauthentication.failed': 'Entered a wrong password to confirm a download',
	'access.granted': 'Gave access to a plan',
	'access.withdrawn': 'Withdrew access to a plan',
	'access.key-worker-changed': 'Changed who is a plan’s key worker',
	'secret-key.rotated': 'Replaced the secret key that encrypts authenticator keys',
	'install.joined': 'Moved the organisation’s records into this install from its own'
} as const satisfies Record<string, string>;

/** An action the audit log records: one of the labelled ones, so no action goes unnamed. */
export type AuditAction = keyof typeof auditActionLabels;

/** An action's plain-English name; a code no longer recorded (from an older version) shows as it is. */
export function auditActionLabel(action: string): string {
	return (auditActionLabels as Record<string, string>)[action] ?? action;
}
