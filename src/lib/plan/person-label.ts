import { roleName, type RoleOf } from './role-name';

/** A person as the plan names them beside their role: "Grace Okafor (Parent or carer)", "Tom Reed (Travel trainer)". */
export function personLabel(person: RoleOf & { name: string }): string {
	return `${person.name} (${roleName(person)})`;
}
