import type { TeamMember } from './schema';

/**
 * Someone who took part (in agreeing a plan, in a review) as the team had them then: their name and role,
 * with what an "Other" role was described as, so the record reads as it did whatever the team becomes.
 */
export function participantOf({ id, name, role, roleDescription }: TeamMember) {
	return { id, name, role, ...(roleDescription ? { roleDescription } : {}) };
}
