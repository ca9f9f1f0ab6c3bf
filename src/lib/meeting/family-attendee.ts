import type { Role } from '../plan/schema';

/** The role someone from the child's family is listed with when they join from their own device. */
export const familyRole = 'Family';

/**
 * Whether someone on a meeting's list is the child's parent or carer: on the plan's team as one
 * (`teamRoles` gives each member's role), or joined the meeting from a family account.
 */
export function isFamilyAttendee(
	attendee: { team_member_id: string | null; account_id: string | null; role: string },
	teamRoles: ReadonlyMap<string, Role>
): boolean {
	if (attendee.team_member_id !== null) return teamRoles.get(attendee.team_member_id) === 'parent-carer';
	return attendee.account_id !== null && attendee.role === familyRole;
}
