import { searchName } from './child-names';

/** The child's details that their row holds, as the form or the plan document gives them. */
interface ChildDetails {
	firstName: string;
	lastName: string;
	knownAs?: string | undefined;
	dateOfBirth: string;
	pronouns?: string | undefined;
	setting?: string | undefined;
}

/** A child's details as their row's columns, with the name the caseload searches kept in step. */
export function childDetailsColumns(child: ChildDetails) {
	return {
		first_name: child.firstName,
		last_name: child.lastName,
		known_as: child.knownAs ?? null,
		date_of_birth: child.dateOfBirth,
		pronouns: child.pronouns ?? null,
		setting: child.setting ?? null,
		search_name: searchName({
			firstName: child.firstName,
			lastName: child.lastName,
			...(child.knownAs ? { knownAs: child.knownAs } : {})
		})
	};
}
