import { describe, expect, it } from 'vitest';
import { decidePlanAccess, planActions, type PlanAction } from '$lib/server/auth/access';
import type { OrganisationRole, PlanAccessLevel } from '$lib/roles';

const plan = { organisation_id: 'org-a' };
const staff = (role: OrganisationRole, organisation = 'org-a') => ({
	organisation_id: organisation,
	role,
	disabled_at: null
});
const family = { organisation_id: null, role: null, disabled_at: null };

const cases: Array<
	[string, Parameters<typeof decidePlanAccess>[0], PlanAccessLevel | undefined, readonly PlanAction[]]
> = [
	['an admin of the organisation', staff('admin'), undefined, planActions],
	['a coordinator of the organisation', staff('coordinator'), undefined, planActions],
	['a practitioner with no grant', staff('practitioner'), undefined, []],
	['a practitioner granted viewer', staff('practitioner'), 'viewer', ['view', 'export']],
	[
		'a practitioner granted editor',
		staff('practitioner'),
		'editor',
		['view', 'export', 'contribute', 'edit', 'agree', 'view-audit']
	],
	['a family member with no grant', family, undefined, []],
	['a family member granted contributor', family, 'contributor', ['view', 'export', 'contribute']],
	['a coordinator of another organisation', staff('coordinator', 'org-b'), undefined, []],
	['an admin of another organisation', staff('admin', 'org-b'), undefined, []],
	['a practitioner of another organisation holding a grant', staff('practitioner', 'org-b'), 'editor', []],
	['a disabled coordinator', { ...staff('coordinator'), disabled_at: '2026-11-01T09:00:00Z' }, undefined, []]
];

describe('deciding plan access', () => {
	it.each(cases)('%s may do exactly what access.md allows', (_who, account, grant, expected) => {
		expect([...decidePlanAccess(account, plan, grant)].sort()).toEqual([...expected].sort());
	});

	it('lets only coordinators and admins share a plan', () => {
		const sharers = cases
			.filter(([, account, grant]) => decidePlanAccess(account, plan, grant).has('share'))
			.map(([who]) => who);
		expect(sharers).toEqual(['an admin of the organisation', 'a coordinator of the organisation']);
	});
});
