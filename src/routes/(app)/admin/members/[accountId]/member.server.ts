import { error } from '@sveltejs/kit';
import { readMember } from '$lib/server/members/read-member';

/** A member of the admin's organisation, or "Page not found" (an unknown id, or another organisation's). */
export async function requireMember(organisationId: string, accountId: string) {
	const member = await readMember(organisationId, accountId);
	if (!member) error(404, 'Not found');
	return member;
}
