/** Short plain-English descriptions of items, for the thread's list. */
import { groupPhrase } from '../plan/group-phrase';
import { sessionsPhrase } from '../plan/sessions-phrase';
import { personLabel } from '../plan/person-label';
import type { Provision, TeamMember } from '../plan/schema';

/**
 * How much provision there is, who gives it and to how many, as one phrase:
 * "Learning mentor, 1 session a week of 180 minutes, one to one". Parts the provision does not give are
 * left out; an empty string when it gives none.
 */
export function describeProvision(provision: Provision, team: ReadonlyMap<string, TeamMember>): string {
	const parts: string[] = [];
	const member = provision.teamMemberId ? team.get(provision.teamMemberId) : undefined;
	const who = provision.deliveredBy ?? (member ? personLabel(member) : undefined);
	if (who) parts.push(who);
	if (provision.sessions !== undefined) {
		const sessions = sessionsPhrase(provision.sessions, provision.per);
		parts.push(provision.minutes !== undefined ? `${sessions} of ${provision.minutes} minutes` : sessions);
	} else if (provision.minutes !== undefined) {
		parts.push(`${provision.minutes} minutes a session`);
	}
	if (provision.groupSize !== undefined) parts.push(groupPhrase(provision.groupSize));
	return parts.join(', ');
}
