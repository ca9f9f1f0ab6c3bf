/** The kinds of organisation that hold plans, with their plain-English names. */
export const organisationKinds = ['school', 'setting', 'college', 'local-authority-team'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationKindLabels: Record<OrganisationKind, string> = {
	school: 'School',
	setting: 'Early years setting (nursery, pre-school or childminder)',
	college: 'College or sixth form',
	'local-authority-team': 'Local authority team'
};
