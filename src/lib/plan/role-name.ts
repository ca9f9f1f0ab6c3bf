import { roleLabels } from './labels';
import type { Role } from './schema';

/** A team member's role, or as much of it as an older record kept. */
export interface RoleOf {
	role: string;
	roleDescription?: string | undefined;
}

/**
 * What a team member's role is called wherever it is shown or printed: the description given for "Other"
 * ("Travel trainer") in its place, else the role's label. A role from an older record that the vocabulary
 * no longer holds is shown as it was stored, rather than left out.
 */
export function roleName({ role, roleDescription }: RoleOf): string {
	if (role === 'other' && roleDescription) return roleDescription;
	return Object.hasOwn(roleLabels, role) ? roleLabels[role as Role] : role;
}
