/** Plain-English names for audit actions; an action not listed shows its code. */
export const auditActionLabels: Record<string, string> = {
	'organisation.set-up': 'Set up the organisation',
	'sign-in': 'Signed in',
	'sign-in.password': 'Entered the right password',
	'sign-in.failed': 'Entered a wrong password',
	'sign-in.failed-code': 'Entered a wrong sign-in code',
	'sign-out': 'Signed out',
	'two-factor.set-up': 'Set up an authenticator app',
	'password.changed': 'Changed their password',
	'member.invited': 'Invited a member',
	'member.role-changed': 'Changed a member’s role',
	'member.disabled': 'Disabled a member',
	'invitation.withdrawn': 'Withdrew an invitation',
	'invitation.used': 'Accepted an invitation',
	'plan.viewed': 'Viewed a plan',
	'plan.changed': 'Changed a plan',
	'plan.agreed': 'Agreed a plan',
	'plan.exported': 'Exported a plan',
	'plan.imported': 'Imported a plan',
	'access.granted': 'Gave access to a plan',
	'access.withdrawn': 'Withdrew access to a plan'
};

export function auditActionLabel(action: string): string {
	return auditActionLabels[action] ?? action;
}
