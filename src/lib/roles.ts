/** Organisation roles and plan access levels (access.md), with plain-English names and what each may do. */
export const organisationRoles = ['admin', 'coordinator', 'practitioner'] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

export const organisationRoleLabels: Record<OrganisationRole, string> = {
	admin: 'Administrator',
	coordinator: 'Coordinator (SENCo)',
	practitioner: 'Practitioner'
};

export const organisationRoleHints: Record<OrganisationRole, string> = {
	admin: 'Manages members and invitations, sees every plan and the audit log.',
	coordinator: 'Starts plans, sees and changes every plan, shares plans with others.',
	practitioner: 'A teacher, assistant or therapist: sees and changes only the plans shared with them.'
};

/** The roles as a form offers them: each with its name and, as a hint, what it may do. */
export const organisationRoleOptions = organisationRoles.map((role) => ({
	value: role,
	label: organisationRoleLabels[role],
	hint: organisationRoleHints[role]
}));

export const planAccessLevels = ['editor', 'contributor', 'viewer'] as const;
export type PlanAccessLevel = (typeof planAccessLevels)[number];

export const planAccessLabels: Record<PlanAccessLevel, string> = {
	editor: 'Can change the plan',
	contributor: 'Can add their views',
	viewer: 'Can read the plan'
};

export const planAccessHints: Record<PlanAccessLevel, string> = {
	editor: 'Changes every part of the plan and downloads it.',
	contributor:
		'For the family or the young person: reads the whole plan, adds to "About me" and to the aspirations in their own words, downloads the PDF.',
	viewer: 'Reads the plan and downloads it.'
};
