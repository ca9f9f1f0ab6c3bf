/**
 * What an invitation says of who sent it and what it is for, in plain English: the page behind its link
 * shows it, and any email that carries the link would say the same.
 */
import type { OrganisationRole, PlanAccessLevel } from './roles';

/** Staff roles as a person names their job beside their name: "Mrs Patel (SENCo, Oakfield Primary)". */
const inviterRoleTitles: Record<OrganisationRole, string> = {
	admin: 'Administrator',
	coordinator: 'SENCo',
	practitioner: 'Practitioner'
};

/** What each level of access invites someone to do with the plan. */
const invitedTo: Record<PlanAccessLevel, string> = {
	viewer: 'read',
	contributor: 'read and add your views to',
	editor: 'work on'
};

export interface PlanInvitationFacts {
	inviterName: string;
	inviterRole: OrganisationRole | null;
	organisationName: string;
	childName: string;
	level: PlanAccessLevel;
}

/** "Mrs Patel (SENCo, Oakfield Primary)". */
export function inviterLabel(facts: Pick<PlanInvitationFacts, 'inviterName' | 'inviterRole' | 'organisationName'>) {
	const about = [facts.inviterRole ? inviterRoleTitles[facts.inviterRole] : undefined, facts.organisationName];
	return `${facts.inviterName} (${about.filter(Boolean).join(', ')})`;
}

/** "Mrs Patel (SENCo, Oakfield Primary) has invited you to read Sarah Okafor's plan". */
export function planInvitationSentence(facts: PlanInvitationFacts): string {
	return `${inviterLabel(facts)} has invited you to ${invitedTo[facts.level]} ${facts.childName}'s plan`;
}

/** Someone from outside the organisation, as the share page lists them: "Priya Shah, Speech and language therapist, NHS Kent Community Health". */
export function outsidePersonLabel(person: {
	name: string;
	professionalRole: string | null;
	professionalOrganisation: string | null;
}): string {
	return [person.name, person.professionalRole, person.professionalOrganisation].filter(Boolean).join(', ');
}
