import { roleLabels } from './labels';
import type { Role } from './schema';

/**
 * A person as the plan names them beside their role: "Grace Okafor (Parent or carer)". A role from an
 * older record that the vocabulary no longer holds is shown as it was stored, rather than left out.
 */
export function personLabel(person: { name: string; role: string }): string {
	const label = Object.hasOwn(roleLabels, person.role) ? roleLabels[person.role as Role] : person.role;
	return `${person.name} (${label})`;
}
