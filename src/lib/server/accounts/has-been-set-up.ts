import { database } from '../db/app-database';
import { hasAnyOrganisation } from '../db/organisations';

/** Whether the install has been set up: until the first organisation exists, every visitor is sent to set it up. */
export function hasBeenSetUp(): Promise<boolean> {
	return hasAnyOrganisation(database());
}
