import { database } from '../db/app-database';
import { childSummary } from '../db/child-records';

/** A child of the organisation, with their plans; undefined when the organisation has no such child. */
export function readChildSummary(organisationId: string, childId: string) {
	return childSummary(database(), organisationId, childId);
}
